import type { TallyLabel, ThemeStore } from '../../store/theme-store.js';
import { isCurrent, type ThemeSetup } from '../classification/classification-plan.js';
import { NO_THEME } from '../clustering/local-classifier.js';
import { HOPE_QUESTION_ID } from './light-and-shade.js';
import { applyMinGroupSizeToCounts } from './privacy-threshold.js';
import { tallyLightAndShade } from './tally-light-and-shade.js';
import { mostPeopleFirst, questionHeader, questionOrder, themeBreakdown, themeDescriber, type Describe, type QuestionThemes, type ThemeBreakdown, type ThemeReport } from './theme-report.js';

/**
 * The theme report of one survey from the counts the database keeps (migration 10) instead of
 * every label: the same report buildThemeReport makes from the labels themselves.
 *
 * The kept counts count answers. People are counted once: a person with one submission gives one
 * answer to a question, and the people with more than one (few) are read label by label and
 * counted as people. The small groups folded into "other" are read label by label too, to count
 * the people in them together.
 */
export async function tallyThemeView(store: ThemeStore, surveyId: string, questionId: string | undefined, setup: ThemeSetup, k: number): Promise<TallyThemeView> {
  const tallies = await store.themeTallies(surveyId, questionId);
  const current = currentIn(setup);
  const answers = current(tallies.answers);
  const labels = current(tallies.labels);
  const repeated = current(tallies.repeated);
  const questionIds = [...new Set(answers.map((a) => a.questionId))].sort(questionOrder(setup));

  // Counts per question and group (overall, a month, a language), before the threshold.
  const counted = questionIds.map((q) => {
    const inQuestion = <T extends { questionId: string }>(rows: T[]) => rows.filter((r) => r.questionId === q);
    const qAnswers = inQuestion(answers);
    const qLabels = inQuestion(labels);
    const qRepeated = inQuestion(repeated);
    const group = (cell: Cell) => countGroup(cell, qAnswers.filter(cell.has), qLabels.filter(cell.has), qRepeated.filter(cell.has), k);
    const months = [...new Set(qAnswers.map((a) => a.month))].sort();
    const languages = [...new Set(qAnswers.map((a) => a.language))];
    return {
      questionId: q,
      overall: group(cellOf(q)),
      byMonth: months.map((month) => ({ month, counts: group(cellOf(q, { month })) })),
      byLanguage: languages.map((language) => ({ language, counts: group(cellOf(q, { language })) })),
    };
  });

  // The people in each group's small themes, counted together (read label by label: a few each).
  const groups = counted.flatMap((q) => [q.overall, ...q.byMonth.map((m) => m.counts), ...q.byLanguage.map((l) => l.counts)]);
  const smallCells = groups.flatMap((g) => g.small.map((label) => ({ ...g.cell.where, questionId: g.cell.questionId, label })));
  const smallLabels = current(await store.cellLabels(surveyId, smallCells));
  const breakdown = (g: GroupCounts): ThemeBreakdown =>
    thresholded(g, smallLabels.filter((m) => g.cell.has(m)), themeDescriber(g.cell.questionId, setup), k);

  const questions = counted.map(
    (q): QuestionThemes => ({
      ...questionHeader(q.questionId, setup),
      overall: breakdown(q.overall),
      byMonth: q.byMonth.map(({ month, counts }) => ({ month, ...breakdown(counts) })),
      byLanguage: q.byLanguage.map(({ language, counts }) => ({ language, ...breakdown(counts) })).sort(mostPeopleFirst),
    }),
  );
  const holders = (q: string) => counted.find((c) => c.questionId === q)?.overall.people ?? new Map<string, number>();
  // A filter on one question leaves the other's labels out, so no one holds a pair.
  const lightAndShade = await tallyLightAndShade(store, { surveyId, bothQuestions: questionId === undefined }, setup, k, holders(HOPE_QUESTION_ID), repeated);
  const labelAnswers = new Map<string, number>();
  for (const row of labels) labelAnswers.set(labelKey(row.questionId, row.label), (labelAnswers.get(labelKey(row.questionId, row.label)) ?? 0) + row.answers);
  const overallSmall = new Set(counted.flatMap((q) => q.overall.small.map((label) => labelKey(q.questionId, label))));
  return {
    report: { minGroupSize: k, questions, lightAndShade },
    labelAnswers,
    foldedLabels: smallLabels.filter((m) => overallSmall.has(labelKey(m.questionId, m.label))),
    quotableInTheme: answers.reduce((total, a) => total + a.quotableInTheme, 0),
  };
}

/** The report, and what the theme answers and the quotes read beside it (all of the current classifiers' labels). */
export interface TallyThemeView {
  report: ThemeReport;
  /** Answers per question and label (see labelKey). */
  labelAnswers: ReadonlyMap<string, number>;
  /** The labels in each question's themes folded as a whole (fewer than k people). */
  foldedLabels: TallyLabel[];
  /** Answers with a theme from people who allowed quotes. */
  quotableInTheme: number;
}

export const labelKey = (questionId: string, label: string) => `${questionId}\u0000${label}`;

/** A group of a question's answers: all of them, or those of one month or one language. */
interface Cell {
  questionId: string;
  where: { month?: string; language?: string };
  has: (row: { month: string; language: string }) => boolean;
}

const cellOf = (questionId: string, where: { month?: string; language?: string } = {}): Cell => ({
  questionId,
  where,
  has: (row) => (where.month === undefined || row.month === where.month) && (where.language === undefined || row.language === where.language),
});

interface GroupCounts<C = Cell> {
  cell: C;
  /** People with a label here. */
  respondents: number;
  /** People with a theme here (a label other than "(no theme)"). */
  inATheme: number;
  /** People per theme. */
  people: Map<string, number>;
  /** Themes with fewer than k people (but some). */
  small: string[];
}

/**
 * People in a group: its answers, less the extra answers of each person with several
 * submissions (from that person's labels), so each person counts once.
 */
function countGroup<C>(
  cell: C,
  answers: readonly { labelled: number; inTheme: number }[],
  labels: readonly { label: string; answers: number }[],
  repeated: readonly TallyLabel[],
  k: number,
): GroupCounts<C> {
  const sum = <T>(rows: readonly T[], n: (row: T) => number) => rows.reduce((total, row) => total + n(row), 0);
  const extra = (rows: readonly TallyLabel[]) => {
    const submissions = new Map<string, Set<string>>();
    for (const r of rows) submissions.set(r.person, (submissions.get(r.person) ?? new Set()).add(r.submissionId));
    return sum([...submissions.values()], (s) => s.size - 1);
  };
  const people = new Map<string, number>();
  for (const row of labels) if (row.label !== NO_THEME) people.set(row.label, (people.get(row.label) ?? 0) + row.answers);
  for (const label of people.keys()) people.set(label, people.get(label)! - extra(repeated.filter((r) => r.label === label)));
  return {
    cell,
    respondents: sum(answers, (a) => a.labelled) - extra(repeated),
    inATheme: sum(answers, (a) => a.inTheme) - extra(repeated.filter((r) => r.label !== NO_THEME)),
    people,
    small: [...people].filter(([, n]) => n > 0 && n < k).map(([label]) => label),
  };
}

/** A group's themes through the privacy threshold; `smallLabels`: the group's labels in its small themes (and maybe others). */
function thresholded(g: GroupCounts<unknown>, smallLabels: readonly TallyLabel[], describe: Describe, k: number): ThemeBreakdown {
  const split = applyMinGroupSizeToCounts([...g.people].map(([key, people]) => ({ key, people })), k, (keys) => {
    const small = new Set(keys);
    return new Set(smallLabels.filter((m) => small.has(m.label)).map((m) => m.person)).size;
  });
  return themeBreakdown(g.respondents, g.respondents - g.inATheme, split, describe);
}

/** Keeps the rows labelled by the classifiers in use (see isCurrent). */
const currentIn =
  (setup: ThemeSetup) =>
  <T extends { questionId: string; schemeVersion: string; classifier: string; classifierVersion: string }>(rows: T[]) =>
    rows.filter((r) => isCurrent(r, setup));

/**
 * A question's themes per value of a metadata key (the given values, those with labelled
 * answers), from the kept counts: what the report of each value's submissions would show overall.
 */
export async function tallyMetadataBreakdown(
  store: ThemeStore,
  query: { surveyId: string; questionId: string; key: string; values: readonly string[] },
  setup: ThemeSetup,
  k: number,
): Promise<(ThemeBreakdown & { group: string })[]> {
  const { surveyId, questionId, key } = query;
  const tallies = await store.metadataTallies(surveyId, questionId, key);
  const current = currentIn(setup);
  const answers = current(tallies.answers);
  const labels = current(tallies.labels);
  const repeated = current(tallies.repeated);
  const groups = query.values
    .filter((value) => answers.some((a) => a.value === value))
    .map((value) => {
      const of = <T extends { value: string | null }>(rows: T[]) => rows.filter((r) => r.value === value);
      return countGroup(value, of(answers), of(labels), of(repeated), k);
    });
  const small = groups.flatMap((g) => g.small.map((label) => ({ label, value: g.cell })));
  const smallLabels = current(await store.metadataCellLabels(surveyId, questionId, key, small));
  const describe = themeDescriber(questionId, setup);
  return groups.map((g) => ({ group: g.cell, ...thresholded(g, smallLabels.filter((m) => m.value === g.cell), describe, k) }));
}
