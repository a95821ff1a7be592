import type { SubmissionFilter } from '../../store/answer-store.js';
import { loadThemeView, shownThemes, themeMembers, type ThemesContext } from './theme-view.js';

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
  const view = await loadThemeView(themes, { ...query.filter, questionId });
  const members = themeMembers(view, questionId, theme);
  if (!members) return undefined;
  const details = await themes.store.answerDetails(questionId, members.slice(offset, offset + limit));
  return {
    questionId,
    theme,
    label: shownThemes(view.report, questionId).get(theme)!,
    total: members.length,
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
