import type { ResolvedOptions } from './options.js';
import type { Platform } from './platform.js';

const KEY = 'candor:v1';

interface State {
  /** A random number drawn once per device: the user is in the sample when it is below the rate. */
  draw?: number;
  pageViews?: number;
  /** The invitation stays hidden until this time (ms); "No thanks" sets it to forever. */
  quietUntil?: number;
  done?: boolean;
}

const NOT_NOW_MS = 7 * 24 * 60 * 60_000;

/**
 * Decides whether to invite, politely: never on the first page views, only for the sampled
 * share of users (decided once per device, never re-rolled), never again after "No thanks"
 * or a finished survey, and not for a week after "Not now".
 */
export function createShowPolicy(options: ResolvedOptions, platform: Platform) {
  const read = (): State => {
    try {
      return JSON.parse(platform.prefs()?.getItem(KEY) ?? '{}') as State;
    } catch {
      return {};
    }
  };
  const write = (patch: Partial<State>) => {
    try {
      platform.prefs()?.setItem(KEY, JSON.stringify({ ...read(), ...patch }));
    } catch {
      /* storage full or blocked: the policy then errs towards not asking again this page */
    }
  };

  return {
    /** Counts this page view and says whether the invitation may appear on it. */
    countPageViewAndDecide(): boolean {
      const state = read();
      const draw = state.draw ?? platform.random();
      const pageViews = (state.pageViews ?? 0) + 1;
      write({ draw, pageViews });
      if (state.done || (state.quietUntil ?? 0) > platform.now()) return false;
      return draw < options.sampleRate && pageViews >= options.minPageViews;
    },
    notNow: () => write({ quietUntil: platform.now() + NOT_NOW_MS }),
    never: () => write({ quietUntil: Number.MAX_SAFE_INTEGER }),
    finished: () => write({ done: true }),
  };
}

export type ShowPolicy = ReturnType<typeof createShowPolicy>;
