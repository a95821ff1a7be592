import type { ThemeBreakdownReply } from '@candor/protocol';
import type { SubmissionFilter } from '../../store/submission-filter.js';
import type { ThemeBreakdown } from './theme-report.js';
import { tallyMetadataBreakdown } from './tally-report.js';
import { keptCountsAnswer, loadThemeReport, type ThemesContext } from './theme-view.js';

/** Values of a metadata key broken down at most (the most used ones). */
export const MAX_BREAKDOWN_GROUPS = 20;

type Group = ThemeBreakdown & { group: string };

/**
 * A question's themes side by side per group (a language, or a value of a metadata key). A
 * group with fewer than k people is not shown on its own: the small groups are counted together
 * as "other groups" when they hold k people between them, and not at all otherwise. Inside each
 * group shown, each theme cell under k is already folded (see applyMinGroupSize).
 */
export function breakdownReply(questionId: string, by: 'language' | 'metadata', key: string | null, groups: readonly Group[], k: number): ThemeBreakdownReply {
  const shown = groups.filter((g) => g.respondents >= k);
  const small = groups.filter((g) => g.respondents > 0 && g.respondents < k);
  const smallPeople = small.reduce((sum, g) => sum + g.respondents, 0);
  return {
    questionId,
    by,
    key,
    minGroupSize: k,
    groups: shown.map((g) => ({ group: g.group, respondents: g.respondents, themes: g.themes, other: g.other })),
    otherGroups: small.length > 0 && smallPeople >= k ? { groups: small.length, respondents: smallPeople } : null,
  };
}

/**
 * The breakdown by language (from the report's per-language cells), or by the most used values
 * of a metadata key (a report per value: at most {@link MAX_BREAKDOWN_GROUPS} of them).
 */
export async function loadThemeBreakdown(
  themes: ThemesContext,
  query: { questionId: string; by: 'language' | 'metadata'; key: string | null; filter: SubmissionFilter },
  metadataValues: (key: string) => Promise<string[]>,
): Promise<ThemeBreakdownReply> {
  const { questionId, by, key } = query;
  const filter = { ...query.filter, questionId };
  if (by === 'language' || key === null) {
    const report = await loadThemeReport(themes, filter);
    const question = report.questions.find((q) => q.questionId === questionId);
    return breakdownReply(questionId, 'language', null, (question?.byLanguage ?? []).map(({ language, ...b }) => ({ group: language, ...b })), themes.minGroupSize);
  }
  const values = (await metadataValues(key)).slice(0, MAX_BREAKDOWN_GROUPS);
  const groups = keptCountsAnswer(filter)
    ? await tallyMetadataBreakdown(themes.store, { surveyId: filter.surveyId, questionId, key, values }, themes.setup, themes.minGroupSize)
    : await reportPerValue(themes, filter, key, values);
  groups.sort((a, b) => b.respondents - a.respondents || (a.group < b.group ? -1 : 1));
  return breakdownReply(questionId, 'metadata', key, groups, themes.minGroupSize);
}

/** The breakdown by a metadata key from a report per value (when the kept counts cannot answer the filter). */
async function reportPerValue(themes: ThemesContext, filter: SubmissionFilter & { questionId: string }, key: string, values: readonly string[]): Promise<Group[]> {
  const groups: Group[] = [];
  for (const value of values) {
    const report = await loadThemeReport(themes, { ...filter, metadataKey: key, metadataValue: value });
    const overall = report.questions.find((q) => q.questionId === filter.questionId)?.overall;
    if (overall) groups.push({ group: value, ...overall });
  }
  return groups;
}
