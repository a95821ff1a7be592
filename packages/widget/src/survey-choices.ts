import type { Platform } from './platform.js';
import { DAY, type ShowPolicy } from './show-policy.js';

// Not Infinity: JSON keeps it as null.
const FOREVER = 9e15;

/**
 * What the user's choices do to later invitations, and the question order they see: the
 * runtime's part of the show policy. "No thanks" and a finished survey are for good; "Not now"
 * waits 7 days, then 14, and a third counts as "No thanks".
 */
export function surveyChoices(policy: ShowPolicy, counterbalance: number, platform: Platform) {
  return {
    /** Counterbalancing: undefined when this user sees the set order, else whether hope and fear swap. */
    swapped: () => (policy.draw('order') < counterbalance ? policy.draw('swap') < 0.5 : undefined),
    notNow() {
      const notNows = (policy.read().notNows ?? 0) + 1;
      policy.write({ notNows, quietUntil: notNows > 2 ? FOREVER : platform.now() + 7 * DAY * 2 ** (notNows - 1) });
    },
    never: () => policy.write({ quietUntil: FOREVER }),
    finished: () => policy.write({ done: policy.survey }),
  };
}

export type SurveyChoices = ReturnType<typeof surveyChoices>;
