import type { QuotableLabel, QuoteStatus } from '../../store/theme-store.js';
import { isCurrent, planFor } from '../classification/classification-plan.js';
import { answerKey, candidatesFrom, newestFirst, type QuoteCandidate } from './quote-candidates.js';
import { tallyThemeView } from './tally-report.js';
import { shownThemes, type ThemesContext } from './theme-view.js';

/** Which quotes a page shows: by decision ("all": every one), and where. */
export interface QuotePageQuery {
  status: QuoteStatus | 'all';
  limit: number;
  offset: number;
}

/** Labels read at a time while walking a survey's quotable answers, newest first. */
const WALK_BATCH = 500;

/**
 * The quote candidates of one survey (see quoteCandidates) from the kept theme counts: the
 * decided ones are read whole (people make decisions, so they are few); the pending ones are
 * counted from the counts and read a page at a time, newest first.
 */
export async function tallyQuotePage(
  context: ThemesContext,
  surveyId: string,
  questionId: string | undefined,
  page: QuotePageQuery,
): Promise<{ total: number; items: QuoteCandidate[] }> {
  const { store, setup } = context;
  const view = await tallyThemeView(store, surveyId, questionId, setup, context.minGroupSize);
  const shown = new Map(view.report.questions.map((q) => [q.questionId, shownThemes(view.report, q.questionId)]));
  const inScope = (m: QuotableLabel) => isCurrent(m, setup) && (questionId === undefined || m.questionId === questionId);
  const candidatesOf = (rows: readonly QuotableLabel[]) => candidatesFrom(rows.filter(inScope), shown);

  const decided = candidatesOf(await store.decidedLabels(surveyId))
    .filter((c) => c.status !== 'pending')
    .sort(newestFirst);
  if (page.status === 'approved' || page.status === 'rejected') {
    const items = decided.filter((c) => c.status === page.status);
    return { total: items.length, items: items.slice(page.offset, page.offset + page.limit) };
  }

  // Answers with a theme from people who allowed quotes, less those whose themes are all folded.
  const folded = view.foldedLabels.filter((m) => m.quotesAllowed && (questionId === undefined || m.questionId === questionId));
  const foldedAnswers = new Set(folded.map(answerKey));
  const shownElsewhere = new Set(
    (await store.submissionLabels(surveyId, [...new Set(folded.map((m) => m.submissionId))]))
      .filter((m) => isCurrent(m, setup) && shown.get(m.questionId)?.has(m.label))
      .map(answerKey),
  );
  const candidates = view.quotableInTheme - [...foldedAnswers].filter((key) => !shownElsewhere.has(key)).length;
  const total = page.status === 'all' ? candidates : candidates - decided.length;

  const themes = [...shown].flatMap(([q, labels]) => [...labels.keys()].map((label) => ({ questionId: q, label, stamp: planFor(q, setup).stamp })));
  const wanted = page.offset + page.limit;
  const items: QuoteCandidate[] = [];
  let before: string | undefined;
  for (let batch = WALK_BATCH; items.length < wanted; ) {
    const rows = await store.quotableLabels(surveyId, themes, before, batch);
    const full = rows.length === batch;
    // A full batch may end part-way through the answers that arrived at its last instant: those go in the next one.
    const last = rows.at(-1)?.cursor;
    const usable = full ? rows.filter((r) => r.cursor !== last) : rows;
    if (full && usable.length === 0) {
      batch *= 2;
      continue;
    }
    for (const c of candidatesOf(usable)) if (page.status === 'all' || c.status === 'pending') items.push(c);
    if (!full) break;
    before = last;
  }
  return { total, items: items.slice(page.offset, wanted) };
}
