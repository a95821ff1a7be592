import type { ResolvedOptions } from '../options/options.js';
import type { Platform } from '../platform/platform.js';
import { DAY, type ShowPolicy, type State } from './show-policy.js';

// Not Infinity: JSON keeps it as null.
const FOREVER = 9e15;

/**
 * What the user's choices do to later invitations, the question order they see, and which tab
 * shows a due invitation: the runtime's part of the show policy. "No thanks" and a finished survey are for good; "Not now"
 * waits 7 days, then 14, and a third counts as "No thanks".
 */
export function surveyChoices(policy: ShowPolicy, options: Pick<ResolvedOptions, 'counterbalance'>, platform: Platform) {
  // A choice is written at once, so it lands even if the page goes next, and again under the tabs'
  // lock: another tab counting a page view at that moment writes back the whole record as it read
  // it, which would undo "No thanks". Its lock is released before ours is granted.
  const keep = (patch: State) => {
    policy.write(patch);
    void platform.exclusive(() => policy.write(patch));
  };
  return {
    /** Counterbalancing: undefined when this user sees the set order, else whether hope and fear swap. */
    swapped: () => (policy.draw('order') < options.counterbalance ? policy.draw('swap') < 0.5 : undefined),
    notNow() {
      const notNows = (policy.read().notNows ?? 0) + 1;
      keep({ notNows, quietUntil: notNows > 2 ? FOREVER : platform.now() + 7 * DAY * 2 ** (notNows - 1) });
    },
    never: () => keep({ quietUntil: FOREVER }),
    finished: () => keep({ done: policy.survey }),
    /**
     * Takes the invitation for this tab: false if it may not appear (any more). Another tab that
     * claims at the same moment overwrites `by`; check {@link ours} a moment later.
     */
    claim(tab: string): boolean {
      if (!policy.allowed(policy.read())) return false;
      policy.write({ shown: platform.now(), by: tab, events: 0 });
      return true;
    },
    ours: (tab: string) => policy.read().by === tab,
  };
}

export type SurveyChoices = ReturnType<typeof surveyChoices>;
