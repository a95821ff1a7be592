import type { Platform } from '../platform/platform.js';
import { storedJson } from '../platform/stored-json.js';

/**
 * What the last good survey definition (the `surveyUrl` option) set of the options every page view
 * acts on, kept small in localStorage by the definition chunk: its survey id and version and its
 * asking rules, under the option names they win over, with the URL they came from.
 */
export interface KeptSurvey {
  surveyUrl: string;
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

export const keptSurveyStore = (platform: Platform) => storedJson<Partial<KeptSurvey>>(platform, 'candor:survey', {});

/**
 * The kept survey for this `surveyUrl`, to lay over the options (the loader before the show
 * policy, the runtime before it acts): later page views apply the definition's rules without a
 * request. Nothing for another URL, or without one.
 */
export const keptSurvey = (platform: Platform, url: unknown) => {
  const kept = url ? keptSurveyStore(platform).read() : {};
  return kept.surveyUrl == url ? kept : {};
};
