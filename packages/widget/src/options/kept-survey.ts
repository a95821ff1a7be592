import type { Platform } from '../platform/platform.js';

/**
 * What the last good survey definition (the `surveyUrl` option) set of the options every page
 * view acts on: its survey id and version and its asking rules, under the option names they win
 * over. The definition chunk keeps it; the loader lays it over the options before the show policy
 * and hands it on to the runtime, so later page views apply the definition's rules without a request.
 */
export interface KeptSurvey {
  surveyId: string;
  surveyVersion: string;
  sampleRate?: number;
  pages?: string[];
  minPageViews?: number;
  delayMs?: number;
  frequencyDays?: number;
  event?: string;
  eventCount?: number;
}

/** The kept survey by the `surveyUrl` it came from (only the latest URL's), small, in localStorage. */
export const keptSurveys = (platform: Platform) => platform.stored<Record<string, KeptSurvey>>('candor:survey', {});

