import type { SubmissionFilter } from '../../store/answer-store.js';
import { planFor } from '../classification/classification-plan.js';
import { labelKey, tallyThemeView } from './tally-report.js';
import { keptCountsAnswer, loadThemeView, shownThemes, themeMembers, type ThemesContext } from './theme-view.js';

/** One page of a theme's answers. */
export interface ThemeAnswersReply {
  questionId: string;
  theme: string;
  label: string;
  /** Answers in the theme (one per submission). */
  total: number;
  limit: number;
  offset: number;
  items: { submissionId: string; text: string; followUpText?: string; locale: string; receivedAt: string }[];
}

/**
 * A page of the answers to `questionId` that carry `theme`, newest first, among the submissions
 * matching the filter; undefined when the theme is not shown there (fewer than k people, or none).
 */
export async function loadThemeAnswers(
  themes: ThemesContext,
  query: { questionId: string; theme: string; filter: SubmissionFilter; limit: number; offset: number },
): Promise<ThemeAnswersReply | undefined> {
  const { questionId, theme, limit, offset } = query;
  const filter = { ...query.filter, questionId };
  let label: string | undefined;
  let total: number;
  let ids: string[];
  if (keptCountsAnswer(filter)) {
    // From the kept counts: the theme's answers are read a page at a time.
    const view = await tallyThemeView(themes.store, filter.surveyId, questionId, themes.setup, themes.minGroupSize);
    label = shownThemes(view.report, questionId).get(theme);
    if (label === undefined) return undefined;
    total = view.labelAnswers.get(labelKey(questionId, theme)) ?? 0;
    ids = await themes.store.labelPage(filter.surveyId, { questionId, label: theme, stamp: planFor(questionId, themes.setup).stamp }, limit, offset);
  } else {
    const view = await loadThemeView(themes, filter);
    const members = themeMembers(view, questionId, theme);
    if (!members) return undefined;
    label = shownThemes(view.report, questionId).get(theme)!;
    total = members.length;
    ids = members.slice(offset, offset + limit);
  }
  const details = await themes.store.answerDetails(questionId, ids);
  return {
    questionId,
    theme,
    label,
    total,
    limit,
    offset,
    items: details.map(({ submissionId, text, followUpText, locale, receivedAt }) => ({
      submissionId,
      text,
      ...(followUpText !== undefined ? { followUpText } : {}),
      locale,
      receivedAt,
    })),
  };
}
