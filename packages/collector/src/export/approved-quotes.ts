import type { SubmissionFilter } from '../store/submission-filter.js';
import { loadQuotePage } from '../themes/reports/quote-page.js';
import { withQuoteTexts } from '../themes/reports/quote-texts.js';
import type { ThemesContext } from '../themes/reports/theme-view.js';
import { publishedQuotes, type PublishedQuote } from './quotes-export.js';

/** Approved quotes that still pass the threshold, with their texts, as published. */
export async function approvedQuotes(themes: ThemesContext, filter: SubmissionFilter): Promise<PublishedQuote[]> {
  const approved = (await loadQuotePage(themes, filter, { status: 'approved', limit: Number.MAX_SAFE_INTEGER, offset: 0 })).items;
  return publishedQuotes(await withQuoteTexts(themes.store, approved));
}
