import type { SubmissionFilter } from '../../store/submission-filter.js';
import { loadQuoteCandidates, type QuoteCandidate } from './quote-candidates.js';
import { tallyQuotePage, type QuotePageQuery } from './tally-quotes.js';
import { keptCountsAnswer, type ThemesContext } from './theme-view.js';

/** A page of the quote candidates for a filter with that status, newest first, and how many there are. */
export async function loadQuotePage(themes: ThemesContext, filter: SubmissionFilter, page: QuotePageQuery): Promise<{ total: number; items: QuoteCandidate[] }> {
  if (keptCountsAnswer(filter)) return tallyQuotePage(themes, filter.surveyId, filter.questionId, page);
  const all = (await loadQuoteCandidates(themes, filter)).candidates.filter((c) => page.status === 'all' || c.status === page.status);
  return { total: all.length, items: all.slice(page.offset, page.offset + page.limit) };
}
