import { hashToUnit } from './hash-to-unit.js';
import type { ResolvedOptions } from '../options/options.js';
import type { Platform } from '../platform/platform.js';

const KEY = 'candor:v1';

/** What the policy reads of the options (the loader reads these before the options are checked). */
export type PolicyOptions = Pick<ResolvedOptions, 'surveyId' | 'surveyVersion' | 'userId' | 'sampleRate' | 'frequencyDays' | 'minPageViews' | 'event' | 'eventCount'>;
export const DAY = 86_400_000;

export interface State {
  /** A random id made once on this device: who answered, pseudonymously, and the sampling seed without a user id. */
  rid?: string;
  pageViews?: number;
  /** Times the configured event was tracked since the last invitation. */
  events?: number;
  /** When the last invitation was shown (ms), and by which tab (for one-tab-only). */
  shown?: number;
  by?: string;
  /** The invitation stays hidden until this time (ms); "No thanks" sets it to forever. */
  quietUntil?: number;
  notNows?: number;
  /** The survey (id@version) this user finished. */
  done?: string;
}

/**
 * Decides whether to invite, politely: only the sampled share of users (decided once per user
 * and survey, never re-rolled); never on the first page views; at most once per `frequencyDays`,
 * in one tab; never while a quiet period set by the user's choices (survey-choices.ts) runs.
 * The loader's part: it runs on every page view. Which tab shows it is the runtime's part (survey-choices.ts).
 */
export function createShowPolicy(options: PolicyOptions, platform: Platform) {
  const stored = platform.stored<State>(KEY, {});
  const read = stored.read;
  // Read afresh before each write: another tab may have written since.
  const write = (patch: State) => stored.write({ ...read(), ...patch });
  const respondentId = (state = read()) => state.rid ?? (write({ rid: (state.rid = platform.random().toString(36).slice(2)) }), state.rid);
  /**
   * A number in [0, 1) fixed for this user and survey: stable across visits (and devices, with a
   * user id). The survey is read live: a survey definition fetched on this page view (surveyUrl)
   * sets it, and the draw is then the one every later page view makes.
   */
  const draw = (salt: string) => hashToUnit(`${salt}|${policy.survey}|${options.userId ?? respondentId()}`);
  /** May an invitation appear now, by the user's history? (Sampling, quiet periods, a finished survey.) */
  const allowed = (state: State) =>
    state.done !== policy.survey &&
    (state.quietUntil ?? 0) <= platform.now() &&
    (state.shown ?? 0) + options.frequencyDays * DAY <= platform.now() &&
    draw('sample') < options.sampleRate;

  const policy = {
    survey: `${options.surveyId}@${options.surveyVersion}`,
    read,
    write,
    draw,
    /** This device's pseudonymous respondent id, made on first use. */
    respondentId,
    allowed,
    /** Counts this page view and says whether an invitation may appear on it (before the event, if one is set). */
    countPageViewAndDecide(): boolean {
      const state = read();
      const pageViews = (state.pageViews ?? 0) + 1;
      write({ pageViews });
      return allowed(state) && (!!options.event || pageViews >= options.minPageViews);
    },
    /** Counts the configured event; true once it has happened `eventCount` times and an invitation may appear. */
    countEvent(): boolean {
      const state = read();
      const events = (state.events ?? 0) + 1;
      write({ events });
      return allowed(state) && events >= options.eventCount;
    },
  };
  return policy;
}

export type ShowPolicy = ReturnType<typeof createShowPolicy>;
