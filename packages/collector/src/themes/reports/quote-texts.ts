import type { ThemeStore } from '../../store/theme-store.js';
import type { QuoteCandidate } from './quote-candidates.js';

/** A quote candidate with its answer's text (and the follow-up's, when there is one). */
export type QuoteWithText = QuoteCandidate & { text: string; followUpText?: string };

/** The texts of these candidates, read in one query per question; candidates withdrawn meanwhile are left out. */
export async function withQuoteTexts(store: ThemeStore, candidates: readonly QuoteCandidate[]): Promise<QuoteWithText[]> {
  const byQuestion = new Map<string, string[]>();
  for (const c of candidates) byQuestion.set(c.questionId, [...(byQuestion.get(c.questionId) ?? []), c.submissionId]);
  const details = (await Promise.all([...byQuestion].map(([q, ids]) => store.answerDetails(q, ids)))).flat();
  const byKey = new Map(details.map((d) => [`${d.submissionId.toLowerCase()} ${d.questionId}`, d]));
  return candidates.flatMap((c) => {
    const detail = byKey.get(`${c.submissionId.toLowerCase()} ${c.questionId}`);
    return detail ? [{ ...c, text: detail.text, ...(detail.followUpText !== undefined ? { followUpText: detail.followUpText } : {}) }] : [];
  });
}
