import type { ThemeMembership } from '../../store/theme-store.js';
import { labelledBy, planFor, type ThemeSetup } from '../classification/classification-plan.js';
import { NO_THEME } from '../clustering/local-classifier.js';
import { applyMinGroupSize, type PeopleGroup, type ThresholdedGroups } from './privacy-threshold.js';
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
  /** Distinct people whose answer here has been labelled (placed in a theme or not). */
  respondents: number;
  themes: ThemeCount[];
  /**
   * People whose answer the classifier could not place in any theme ("not classified": the
   * keyword rules found nothing, the model chose no category, or clustering found no usable
   * word), and their share of respondents. A count like respondents: it names no theme.
   */
  notClassified: { respondents: number; share: number };
  /** The themes below the threshold, together; null when none or when even together they are below it. */
  other: { respondents: number; share: number; themes: number } | null;
  /** Themes below the threshold (folded into other, or suppressed with it). */
  foldedThemes: number;
  otherSuppressed: boolean;
}

export interface QuestionThemes {
  questionId: string;
  /** "model" or "keyword-rules" (codebook categories), or "local" (clusters of a question without a scheme). */
  method: 'model' | 'keyword-rules' | 'local';
  /** What labelled the themes, to show: "model: <name>", "keyword rules" or "word clustering". */
  labelledBy: string;
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
  const questions = [...byQuestion.keys()].sort(questionOrder(setup)).map((questionId): QuestionThemes => {
    const rows = byQuestion.get(questionId)!;
    const describe = themeDescriber(questionId, setup);
    const breakdown = (subset: readonly ThemeMembership[]) => countThemes(subset, describe, minGroupSize);
    return {
      ...questionHeader(questionId, setup),
      overall: breakdown(rows),
      byMonth: [...groupBy(rows, (m) => m.month)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, subset]) => ({ month, ...breakdown(subset) })),
      byLanguage: [...groupBy(rows, (m) => m.language)].map(([language, subset]) => ({ language, ...breakdown(subset) })).sort(mostPeopleFirst),
    };
  });
  return { minGroupSize, questions, lightAndShade: lightAndShade(memberships, setup, minGroupSize) };
}

/** Questions with a codebook scheme first, in the codebook's order, then the others by id. */
export function questionOrder(setup: ThemeSetup): (a: string, b: string) => number {
  const schemeOrder = setup.codebook.schemes.map((s) => s.questionId);
  const order = (q: string) => (schemeOrder.includes(q) ? schemeOrder.indexOf(q) : schemeOrder.length);
  return (a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** What a question's themes say about how they were labelled. */
export function questionHeader(questionId: string, setup: ThemeSetup): Omit<QuestionThemes, 'overall' | 'byMonth' | 'byLanguage'> {
  const plan = planFor(questionId, setup);
  return {
    questionId,
    method: plan.kind,
    labelledBy: labelledBy(plan),
    classifier: plan.stamp.classifier,
    classifierVersion: plan.stamp.classifierVersion,
    schemeVersion: plan.stamp.schemeVersion,
  };
}

/** The order of a question's languages: most people first. */
export const mostPeopleFirst = (a: { respondents: number; language: string }, b: { respondents: number; language: string }) =>
  b.respondents - a.respondents || (a.language < b.language ? -1 : 1);

export type Describe = (theme: string) => { label: string; studyShare?: number };

/** How a question's labels are shown: codebook categories by their label (and study share), clusters by their words. */
export function themeDescriber(questionId: string, setup: ThemeSetup): Describe {
  const plan = planFor(questionId, setup);
  const categories = new Map(plan.kind === 'local' ? [] : plan.scheme.categories.map((c) => [c.id, c]));
  return (theme) => {
    if (theme === NO_THEME) return { label: 'Not classified' };
    const category = categories.get(theme);
    if (!category) return { label: theme };
    return { label: category.label, ...(category.studyShare !== undefined ? { studyShare: category.studyShare } : {}) };
  };
}

function countThemes(rows: readonly ThemeMembership[], describe: Describe, k: number): ThemeBreakdown {
  const everyone = new Set(rows.map((m) => m.respondent));
  const placed = rows.filter((m) => m.label !== NO_THEME);
  const groups: PeopleGroup[] = [...groupBy(placed, (m) => m.label)].map(([key, members]) => ({ key, people: new Set(members.map((m) => m.respondent)) }));
  // A person with an answer placed in a theme (through another submission, say) is not "not classified".
  const inATheme = new Set(placed.map((m) => m.respondent));
  const unplaced = [...everyone].filter((person) => !inATheme.has(person)).length;
  return themeBreakdown(everyone.size, unplaced, applyMinGroupSize(groups, k), describe);
}

/** A breakdown as shown: `respondents` people labelled, `unplaced` of them in no theme, the themes through the threshold. */
export function themeBreakdown(respondents: number, unplaced: number, split: ThresholdedGroups, describe: Describe): ThemeBreakdown {
  const share = (n: number) => (respondents === 0 ? 0 : n / respondents);
  return {
    respondents,
    notClassified: { respondents: unplaced, share: share(unplaced) },
    themes: split.shown.map(({ key, people }) => ({ theme: key, ...describe(key), respondents: people, share: share(people), interval: wilsonInterval(people, respondents) })),
    other: split.other && { respondents: split.other.people, share: share(split.other.people), themes: split.other.groups },
    foldedThemes: split.folded,
    otherSuppressed: split.otherSuppressed,
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
