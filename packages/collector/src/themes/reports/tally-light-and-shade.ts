import type { TallyLabel, ThemeStore } from '../../store/theme-store.js';
import { planFor, type ThemeSetup } from '../classification/classification-plan.js';
import { CONCERN_QUESTION_ID, HOPE_QUESTION_ID, pairsIn } from './light-and-shade.js';
import type { LightAndShade } from './light-and-shade-report.js';
import { applyMinGroupSizeToCounts } from './privacy-threshold.js';

/** The hope/concern pairs (light-and-shade-report.ts) with the people holding both counted by the database. */
export async function tallyLightAndShade(
  store: ThemeStore,
  scope: { surveyId: string; bothQuestions: boolean },
  setup: ThemeSetup,
  k: number,
  hopeHolders: ReadonlyMap<string, number>,
  repeated: readonly TallyLabel[],
): Promise<LightAndShade> {
  const hopePlan = planFor(HOPE_QUESTION_ID, setup);
  const concernPlan = planFor(CONCERN_QUESTION_ID, setup);
  if (hopePlan.kind === 'local' || concernPlan.kind === 'local') return { available: false, pairs: [], foldedPairs: 0 };
  const pairs = pairsIn(setup.codebook);
  const counts = scope.bothQuestions ? await store.pairCounts(scope.surveyId, hopePlan.stamp, concernPlan.stamp) : [];
  const holdBoth = (i: number) => {
    const { hope, concern } = pairs[i]!;
    const submissions = counts.find((c) => c.hope === hope && c.concern === concern)?.answers ?? 0;
    if (submissions === 0 && repeated.length === 0) return 0;
    // People with several submissions: counted as people holding both (in any of them), not per submission.
    const holds = (q: string, label: string) => new Set(repeated.filter((r) => r.questionId === q && r.label === label).map((r) => r.person));
    const submissionsWith = (q: string, label: string) => new Set(repeated.filter((r) => r.questionId === q && r.label === label).map((r) => r.submissionId));
    const hopeSubmissions = submissionsWith(HOPE_QUESTION_ID, hope);
    const withinOne = [...submissionsWith(CONCERN_QUESTION_ID, concern)].filter((id) => hopeSubmissions.has(id)).length;
    const concernHolders = holds(CONCERN_QUESTION_ID, concern);
    const people = [...holds(HOPE_QUESTION_ID, hope)].filter((p) => concernHolders.has(p)).length;
    return submissions - withinOne + people;
  };
  const label = (categories: { id: string; label: string }[], id: string) => categories.find((c) => c.id === id)?.label ?? id;
  const counted = pairs.map((pair, i) => ({ pair, holdHope: hopeHolders.get(pair.hope) ?? 0, holdBoth: holdBoth(i) }));
  // Keys in pair order, so pairs held by as many people keep it (as light-and-shade-report.ts has them).
  const keyOf = (i: number) => String(i).padStart(4, '0');
  const { shown, folded } = applyMinGroupSizeToCounts(counted.map((p, i) => ({ key: keyOf(i), people: p.holdBoth })), k, () => 0);
  const result = shown.map(({ key }) => counted[Number(key)]!).map(({ pair, holdHope, holdBoth }) => ({
    hope: pair.hope,
    hopeLabel: label(hopePlan.scheme.categories, pair.hope),
    concern: pair.concern,
    concernLabel: label(concernPlan.scheme.categories, pair.concern),
    why: pair.why,
    holdHope,
    holdBoth,
    share: holdBoth / holdHope,
  }));
  result.sort((a, b) => b.share - a.share || b.holdBoth - a.holdBoth);
  return { available: true, pairs: result, foldedPairs: folded };
}
