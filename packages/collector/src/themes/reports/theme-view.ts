import type { SubmissionFilter } from '../../store/answer-store.js';
import type { ThemeMembership, ThemeStore } from '../../store/theme-store.js';
import { isCurrent, type ThemeSetup } from '../classification/classification-plan.js';
import { buildThemeReport, type ThemeReport } from './theme-report.js';
import { tallyThemeView } from './tally-report.js';

/** What theme analysis needs at request time. */
export interface ThemesContext {
  store: ThemeStore;
  setup: ThemeSetup;
  /** k: the privacy threshold. */
  minGroupSize: number;
}

/** The report for a filter, and the current labels it was built from (for drill-down and quotes). */
export interface ThemeView {
  report: ThemeReport;
  memberships: ThemeMembership[];
}

/** Reads the labels of the matching submissions, keeps the current ones (stale ones wait for the job) and builds the report. */
export async function loadThemeView(context: ThemesContext, filter: SubmissionFilter): Promise<ThemeView> {
  const memberships = (await context.store.memberships(filter)).filter((m) => isCurrent(m, context.setup));
  return { report: buildThemeReport(memberships, context.setup, context.minGroupSize), memberships };
}

/**
 * Whether the counts the database keeps can answer a filter: one survey's labels, of one question
 * or all. Other filters (a date range, a language, a metadata value...) read the labels themselves.
 */
export function keptCountsAnswer(filter: SubmissionFilter): filter is SubmissionFilter & { surveyId: string } {
  return filter.surveyId !== undefined && Object.entries(filter).every(([key, value]) => value === undefined || key === 'surveyId' || key === 'questionId');
}

/** The theme report for a filter: from the kept counts when they answer it, else from the labels. */
export async function loadThemeReport(context: ThemesContext, filter: SubmissionFilter): Promise<ThemeReport> {
  if (keptCountsAnswer(filter)) return (await tallyThemeView(context.store, filter.surveyId, filter.questionId, context.setup, context.minGroupSize)).report;
  return (await loadThemeView(context, filter)).report;
}

/** The shown themes of a question in a report (those that passed the threshold), by id. */
export function shownThemes(report: ThemeReport, questionId: string): Map<string, string> {
  const question = report.questions.find((q) => q.questionId === questionId);
  return new Map(question?.overall.themes.map((t) => [t.theme, t.label]) ?? []);
}

/** The submissions whose answer to the question carries the theme, newest first, when the theme is shown; else undefined. */
export function themeMembers(view: ThemeView, questionId: string, theme: string): string[] | undefined {
  if (!shownThemes(view.report, questionId).has(theme)) return undefined;
  return view.memberships
    .filter((m) => m.questionId === questionId && m.label === theme)
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.submissionId < b.submissionId ? -1 : 1))
    .map((m) => m.submissionId);
}
