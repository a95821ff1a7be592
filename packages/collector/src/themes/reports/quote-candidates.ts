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
  const decided = new Map(decisions.map((d) => [`${d.submissionId.toLowerCase()} ${d.questionId}`, d]));
  const shown = new Map(view.report.questions.map((q) => [q.questionId, shownThemes(view.report, q.questionId)]));
  const candidates = new Map<string, QuoteCandidate>();
  for (const m of view.memberships) {
    const label = shown.get(m.questionId)?.get(m.label);
    if (!m.quotesAllowed || label === undefined) continue;
    const key = `${m.submissionId.toLowerCase()} ${m.questionId}`;
    let candidate = candidates.get(key);
    if (!candidate) {
      const decision = decided.get(key);
      candidate = {
        submissionId: m.submissionId,
        questionId: m.questionId,
        themes: [],
        language: m.language,
        receivedAt: m.receivedAt,
        status: decision?.status ?? 'pending',
        decidedAt: decision?.decidedAt ?? null,
      };
      candidates.set(key, candidate);
    }
    candidate.themes.push({ theme: m.label, label });
  }
  return [...candidates.values()].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.submissionId < b.submissionId ? -1 : 1));
}

/** The report for a filter and its quote candidates, with the decisions made on them. */
export async function loadQuoteCandidates(themes: ThemesContext, filter: SubmissionFilter): Promise<{ view: ThemeView; candidates: QuoteCandidate[] }> {
  const [view, decisions] = await Promise.all([loadThemeView(themes, filter), themes.store.quoteDecisions()]);
  return { view, candidates: quoteCandidates(view, decisions) };
}

