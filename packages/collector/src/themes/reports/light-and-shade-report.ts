import type { ThemeMembership } from '../../store/theme-store.js';
import { planFor, type ThemeSetup } from '../classification/classification-plan.js';
import { CONCERN_QUESTION_ID, HOPE_QUESTION_ID, pairsIn } from './light-and-shade.js';
import { applyMinGroupSize } from './privacy-threshold.js';

export interface LightAndShadePair {
  hope: string;
  hopeLabel: string;
  concern: string;
  concernLabel: string;
  why: string;
  /** People holding the hope. */
  holdHope: number;
  /** Of them, people also holding the concern. */
  holdBoth: number;
  /** holdBoth / holdHope. */
  share: number;
}

export interface LightAndShade {
  /** False when the hope and fear answers are not labelled with codebook categories (the codebook has no scheme for them): then no pairs. */
  available: boolean;
  /** Pairs held by at least k people, highest share first. */
  pairs: LightAndShadePair[];
  /** Pairs held by fewer than k people, not shown. */
  foldedPairs: number;
}

/**
 * For each hope/concern pair (see light-and-shade.ts): of the people whose hope answer carries
 * the hope, the share whose fear answer carries the concern. A pair is shown only when the people
 * holding both pass the privacy threshold.
 */
export function lightAndShade(memberships: readonly ThemeMembership[], setup: ThemeSetup, k: number): LightAndShade {
  const hopePlan = planFor(HOPE_QUESTION_ID, setup);
  const concernPlan = planFor(CONCERN_QUESTION_ID, setup);
  if (hopePlan.kind === 'local' || concernPlan.kind === 'local') return { available: false, pairs: [], foldedPairs: 0 };
  const holders = (questionId: string) => {
    const byLabel = new Map<string, Set<string>>();
    for (const m of memberships) {
      if (m.questionId !== questionId) continue;
      const people = byLabel.get(m.label) ?? new Set<string>();
      people.add(m.respondent);
      byLabel.set(m.label, people);
    }
    return byLabel;
  };
  const hopes = holders(HOPE_QUESTION_ID);
  const concerns = holders(CONCERN_QUESTION_ID);
  const label = (categories: { id: string; label: string }[], id: string) => categories.find((c) => c.id === id)?.label ?? id;
  const pairs = pairsIn(setup.codebook).map((pair) => {
    const hopeHolders = hopes.get(pair.hope) ?? new Set<string>();
    const concernHolders = concerns.get(pair.concern) ?? new Set<string>();
    return { pair, hopeHolders, both: new Set([...hopeHolders].filter((p) => concernHolders.has(p))) };
  });
  const keyOf = (i: number) => String(i).padStart(4, '0');
  const { shown, folded } = applyMinGroupSize(pairs.map((p, i) => ({ key: keyOf(i), people: p.both })), k);
  const result = shown.map(({ key }) => {
    const { pair, hopeHolders, both } = pairs[Number(key)]!;
    return {
      hope: pair.hope,
      hopeLabel: label(hopePlan.scheme.categories, pair.hope),
      concern: pair.concern,
      concernLabel: label(concernPlan.scheme.categories, pair.concern),
      why: pair.why,
      holdHope: hopeHolders.size,
      holdBoth: both.size,
      share: both.size / hopeHolders.size,
    };
  });
  result.sort((a, b) => b.share - a.share || b.holdBoth - a.holdBoth);
  return { available: true, pairs: result, foldedPairs: folded };
}
