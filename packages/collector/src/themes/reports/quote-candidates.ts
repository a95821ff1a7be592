import type { QuoteDecision, QuoteStatus } from '../../store/theme-store.js';
import type { SubmissionFilter } from '../../store/submission-filter.js';
import { loadThemeView, shownThemes, type ThemesContext, type ThemeView } from './theme-view.js';

/** An answer that may be published as a quote, with the decision on it. */
export interface QuoteCandidate {
  submissionId: string;
  questionId: string;
  /** Its themes that pass the privacy threshold (at least one). */
  themes: { theme: string; label: string }[];
  language: string;
  receivedAt: string;
  status: QuoteStatus;
  decidedAt: string | null;
}

/**
 * The answers that may be quoted: from respondents who allowed quotes (consent.quotes), in at
 * least one theme shown under the privacy threshold, newest first, with their decision
 * (pending until one is made). Themes below the threshold are not named.
 */
export function quoteCandidates(view: ThemeView, decisions: readonly QuoteDecision[]): QuoteCandidate[] {
  const decided = new Map(decisions.map((d) => [answerKey(d), d]));
  const shown = new Map(view.report.questions.map((q) => [q.questionId, shownThemes(view.report, q.questionId)]));
  const labels = view.memberships
    .filter((m) => m.quotesAllowed)
    .map((m) => ({ ...m, status: decided.get(answerKey(m))?.status ?? 'pending', decidedAt: decided.get(answerKey(m))?.decidedAt ?? null }));
  return candidatesFrom(labels, shown).sort(newestFirst);
}

/** One answer: a submission's answer to a question. */
export const answerKey = (m: { submissionId: string; questionId: string }) => `${m.submissionId.toLowerCase()} ${m.questionId}`;

/** Quote candidates newest first, then by submission. */
export const newestFirst = (a: QuoteCandidate, b: QuoteCandidate) =>
  a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.submissionId < b.submissionId ? -1 : a.submissionId > b.submissionId ? 1 : 0;

/**
 * Labels of quotable answers, with each answer's decision, gathered into one candidate per answer
 * with its shown themes (by question, label id to label); answers with none shown are left out.
 */
export function candidatesFrom(
  labels: readonly { submissionId: string; questionId: string; label: string; language: string; receivedAt: string; status: QuoteStatus; decidedAt: string | null }[],
  shown: ReadonlyMap<string, ReadonlyMap<string, string>>,
): QuoteCandidate[] {
  const candidates = new Map<string, QuoteCandidate>();
  for (const m of labels) {
    const label = shown.get(m.questionId)?.get(m.label);
    if (label === undefined) continue;
    const key = answerKey(m);
    const candidate = candidates.get(key) ?? {
      submissionId: m.submissionId,
      questionId: m.questionId,
      themes: [],
      language: m.language,
      receivedAt: m.receivedAt,
      status: m.status,
      decidedAt: m.decidedAt,
    };
    candidate.themes.push({ theme: m.label, label });
    candidates.set(key, candidate);
  }
  return [...candidates.values()];
}

/** The report for a filter and its quote candidates, with the decisions made on them. */
export async function loadQuoteCandidates(themes: ThemesContext, filter: SubmissionFilter): Promise<{ view: ThemeView; candidates: QuoteCandidate[] }> {
  const [view, decisions] = await Promise.all([loadThemeView(themes, filter), themes.store.quoteDecisions()]);
  return { view, candidates: quoteCandidates(view, decisions) };
}

