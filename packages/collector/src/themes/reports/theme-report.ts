import type { ThemeMembership } from '../../store/theme-store.js';
import { planFor, type ThemeSetup } from '../classification/classification-plan.js';
import { NO_THEME } from '../clustering/local-classifier.js';
import { applyMinGroupSize, type PeopleGroup } from './privacy-threshold.js';
import { lightAndShade, type LightAndShade } from './light-and-shade-report.js';
import { wilsonInterval, type ShareInterval } from './wilson-interval.js';

/** One theme as shown: how many people hold it and what share of the people who answered that is. */
export interface ThemeCount {
  /** The stored label: a codebook category id, or a local cluster's top words. */
  theme: string;
  /** What to show: the category's label, or the cluster's words. */
  label: string;
  respondents: number;
  /** respondents / the breakdown's respondents (0..1); shares of a multi-label question add up to more than 1. */
  share: number;
  /** The study's published share, where the codebook carries one (the default codebook does). */
  studyShare?: number;
  /** The share's 95 % confidence interval (Wilson score), over the breakdown's respondents. */
  interval: ShareInterval;
}

/** Themes among one set of people (a question, or one month or language of it), after the privacy threshold. */
export interface ThemeBreakdown {
  /** Distinct people with a classified answer here. */
  respondents: number;
  themes: ThemeCount[];
  /** The themes below the threshold, together; null when none or when even together they are below it. */
  other: { respondents: number; share: number; themes: number } | null;
  /** Themes below the threshold (folded into other, or suppressed with it). */
  foldedThemes: number;
  otherSuppressed: boolean;
}

export interface QuestionThemes {
  questionId: string;
  /** "model" (codebook categories) or "local" (clusters). */
  method: 'model' | 'local';
  classifier: string;
  classifierVersion: string;
  schemeVersion: string;
  overall: ThemeBreakdown;
  /** Oldest first. */
  byMonth: (ThemeBreakdown & { month: string })[];
  /** Most people first. */
  byLanguage: (ThemeBreakdown & { language: string })[];
}

export interface ThemeReport {
  minGroupSize: number;
  questions: QuestionThemes[];
  lightAndShade: LightAndShade;
}

/**
 * Counts themes per question from the current labels (see isCurrent), overall, by month and by
 * language, each through the privacy threshold; then the hope/concern pairs. Questions with a
 * codebook scheme come first, in the codebook's order.
 */
export function buildThemeReport(memberships: readonly ThemeMembership[], setup: ThemeSetup, minGroupSize: number): ThemeReport {
  const byQuestion = groupBy(memberships, (m) => m.questionId);
  const schemeOrder = setup.codebook.schemes.map((s) => s.questionId);
  const order = (q: string) => (schemeOrder.includes(q) ? schemeOrder.indexOf(q) : schemeOrder.length);
  const questionIds = [...byQuestion.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const questions = questionIds.map((questionId): QuestionThemes => {
    const rows = byQuestion.get(questionId)!;
    const plan = planFor(questionId, setup);
    const describe = themeDescriber(questionId, setup);
    const breakdown = (subset: readonly ThemeMembership[]) => countThemes(subset, describe, minGroupSize);
    return {
      questionId,
      method: plan.kind,
      classifier: plan.stamp.classifier,
      classifierVersion: plan.stamp.classifierVersion,
      schemeVersion: plan.stamp.schemeVersion,
      overall: breakdown(rows),
      byMonth: [...groupBy(rows, (m) => m.month)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, subset]) => ({ month, ...breakdown(subset) })),
      byLanguage: [...groupBy(rows, (m) => m.language)]
        .map(([language, subset]) => ({ language, ...breakdown(subset) }))
        .sort((a, b) => b.respondents - a.respondents || (a.language < b.language ? -1 : 1)),
    };
  });
  return { minGroupSize, questions, lightAndShade: lightAndShade(memberships, setup, minGroupSize) };
}

type Describe = (theme: string) => { label: string; studyShare?: number };

/** How a question's labels are shown: codebook categories by their label (and study share), clusters by their words. */
export function themeDescriber(questionId: string, setup: ThemeSetup): Describe {
  const plan = planFor(questionId, setup);
  const categories = new Map(plan.kind === 'model' ? plan.scheme.categories.map((c) => [c.id, c]) : []);
  return (theme) => {
    if (theme === NO_THEME) return { label: plan.kind === 'model' ? 'None of the categories' : 'No theme' };
    const category = categories.get(theme);
    if (!category) return { label: theme };
    return { label: category.label, ...(category.studyShare !== undefined ? { studyShare: category.studyShare } : {}) };
  };
}

function countThemes(rows: readonly ThemeMembership[], describe: Describe, k: number): ThemeBreakdown {
  const everyone = new Set(rows.map((m) => m.respondent));
  const groups: PeopleGroup[] = [...groupBy(rows, (m) => m.label)].map(([key, members]) => ({ key, people: new Set(members.map((m) => m.respondent)) }));
  const { shown, other, folded, otherSuppressed } = applyMinGroupSize(groups, k);
  const share = (n: number) => (everyone.size === 0 ? 0 : n / everyone.size);
  return {
    respondents: everyone.size,
    themes: shown.map(({ key, people }) => ({ theme: key, ...describe(key), respondents: people, share: share(people), interval: wilsonInterval(people, everyone.size) })),
    other: other && { respondents: other.people, share: share(other.people), themes: other.groups },
    foldedThemes: folded,
    otherSuppressed,
  };
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
