import type { FunnelEvent, FunnelEventName, TriggerKind } from '@candor/protocol';
import type { ResolvedOptions } from '../options/options.js';

/** What an asking knows that an event records: the language it is in and what brought it up. */
export interface AskingFacts {
  locale: string;
  /** "open", "delay", "event:<name>" or "draft". */
  trigger: string;
}

/**
 * One counted moment, carrying only the survey and its version, the language, the kind of
 * trigger ("event", never the app event's name, which a team could make identifying), the UTC
 * day (never a time) and the sample rate. No submission id, respondent id, user id, path or
 * metadata: nothing that tells one person from another.
 */
export const funnelEvent = (
  event: FunnelEventName,
  { surveyId, surveyVersion, sampleRate }: Pick<ResolvedOptions, 'surveyId' | 'surveyVersion' | 'sampleRate'>,
  { locale, trigger }: AskingFacts,
  now: number,
): FunnelEvent => ({
  event,
  surveyId,
  surveyVersion,
  locale,
  trigger: trigger.split(':')[0] as TriggerKind,
  date: new Date(now).toISOString().slice(0, 10),
  // As submissions record it: opened by the user or the page, not by sampling, is asked with certainty.
  sampleRate: trigger === 'open' ? 1 : sampleRate,
});
