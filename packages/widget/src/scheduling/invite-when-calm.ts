import type { ResolvedOptions } from '../options/options.js';
import type { Platform } from '../platform/platform.js';
import { pageMatches } from './page-matches.js';
import type { SurveyChoices } from './survey-choices.js';

/** No invitation while the user has typed in the last this many ms. */
const TYPING_MS = 3000;

/**
 * The invitation the loader decided on comes up after the delay, at a calm moment: on a matching
 * page, not while the user types, and in one tab (the tab that claims it last, a moment later,
 * shows it).
 */
export function inviteWhenCalm(
  options: Pick<ResolvedOptions, 'delayMs' | 'pages'>,
  platform: Platform,
  choices: SurveyChoices,
  lastKey: () => number,
  /** Whether an invitation may still come up (not destroyed, nothing shown). */
  free: () => boolean,
  show: (trigger: string) => void,
) {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => (timers.delete(timer), fn()), ms);
    timers.add(timer);
  };
  return {
    start(trigger: string) {
      later(options.delayMs, function calm() {
        if (!free()) return;
        if (!pageMatches(options.pages, location.pathname) || platform.now() - lastKey() < TYPING_MS) return later(1000, calm);
        const tab = platform.random().toString(36);
        void platform.exclusive(() => choices.claim(tab)).then((mine) => mine && later(150, () => choices.ours(tab) && show(trigger)));
      });
    },
    stop: () => timers.forEach(clearTimeout),
  };
}
