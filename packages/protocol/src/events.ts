import * as z from 'zod';
import { PROTOCOL_VERSION, SubmissionSchema } from './submission.js';

/**
 * The moments of the funnel the widget counts, in the order a person meets them: the invitation
 * shown, the questions opened (from the invitation or by `open()`), "No thanks", "Not now",
 * closed without an answer, the first answer typed, finished, a partial answer sent, withdrawn.
 */
export const FUNNEL_EVENTS = ['invited', 'opened', 'declined', 'postponed', 'dismissed', 'started', 'finished', 'partial', 'withdrawn'] as const;

/**
 * What brought the questions up, as a kind: `open` (the user or the page called `open()`),
 * `delay` (the invitation after the delay), `event` (the invitation after an app event: never the
 * event's name, which a team could make identifying), `draft` (a draft older than the trigger was
 * recorded in drafts).
 */
export const TRIGGER_KINDS = ['open', 'delay', 'event', 'draft'] as const;

/** Most events a collector accepts in one request. */
export const MAX_EVENTS = 100;

/** The fields an event carries, and nothing else: no id of a person, a submission or a device. */
const EVENT_FIELDS = ['event', 'surveyId', 'surveyVersion', 'locale', 'trigger', 'date', 'sampleRate'] as const;

const unknownField = (what: string, fields: readonly string[]) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'unrecognized_keys'
    ? `has ${issue.keys.length === 1 ? 'a field' : 'fields'} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} that ${what} does not carry (only ${fields.join(', ')})`
    : undefined;

/**
 * One counted moment. Deliberately coarse: the day (UTC), never a time; the kind of trigger,
 * never an app event's name; no submission id, respondent id, user id, path or metadata. Any
 * other field makes the whole batch invalid.
 */
export const FunnelEventSchema = z.strictObject(
  {
    event: z.enum(FUNNEL_EVENTS, `must be one of ${FUNNEL_EVENTS.join(', ')}`),
    surveyId: SubmissionSchema.shape.surveyId,
    surveyVersion: SubmissionSchema.shape.surveyVersion,
    /** The language the questions were shown in. */
    locale: SubmissionSchema.shape.locale,
    trigger: z.enum(TRIGGER_KINDS, `must be one of ${TRIGGER_KINDS.join(', ')} (the kind of trigger, not an event's name)`),
    /** The UTC day it happened, YYYY-MM-DD. */
    date: z.iso.date('must be a UTC day as YYYY-MM-DD, never a time'),
    /** The probability that this person was asked at all (1 for `open`), as in submissions. */
    sampleRate: SubmissionSchema.shape.sampleRate,
  },
  { error: unknownField('an event', EVENT_FIELDS) },
);

/** `POST /v1/events`: a batch of counted moments, as application/json or (a beacon) text/plain. */
export const EventBatchSchema = z.strictObject(
  {
    protocolVersion: z.literal(PROTOCOL_VERSION, `must be ${PROTOCOL_VERSION}`),
    events: z.array(FunnelEventSchema).min(1, 'must hold at least one event').max(MAX_EVENTS, `must hold at most ${MAX_EVENTS} events`),
  },
  { error: unknownField('an event batch', ['protocolVersion', 'events']) },
);

/** What `POST /v1/events` answers with 200: every event of the batch was counted. */
export const EventsReplySchema = z.object({ counted: z.int().gte(0) });

const count = z.int().gte(0);

/** Each moment's count: how many times it happened (not how many people: nobody is identified). */
export const FunnelCountsSchema = z.object(Object.fromEntries(FUNNEL_EVENTS.map((name) => [name, count])) as Record<(typeof FUNNEL_EVENTS)[number], typeof count>);

/** A rate with its 95 % Wilson score interval; `value`, `low` and `high` are null when `of` is 0. */
export const FunnelRateSchema = z.object({
  /** The numerator (at most `of`). */
  count,
  /** The denominator. */
  of: count,
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
});

/** The counts and the two rates, for all matching events or one language. */
export const FunnelSummarySchema = z.object({
  counts: FunnelCountsSchema,
  /** Finished after an invitation (trigger `delay` or `event`) per invitation shown. */
  responseRate: FunnelRateSchema,
  /** Finished per started (first answer typed), whatever brought the questions up. */
  completionRate: FunnelRateSchema,
});

/** `GET /v1/funnel`: the matching counts, and the same by language (primary subtag, most invited first). */
export const FunnelReplySchema = FunnelSummarySchema.extend({
  languages: z.array(FunnelSummarySchema.extend({ language: z.string() })),
});

export type FunnelEventName = (typeof FUNNEL_EVENTS)[number];
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
export type FunnelEvent = z.infer<typeof FunnelEventSchema>;
export type EventBatch = z.infer<typeof EventBatchSchema>;
export type EventsReply = z.infer<typeof EventsReplySchema>;
export type FunnelCounts = z.infer<typeof FunnelCountsSchema>;
export type FunnelRate = z.infer<typeof FunnelRateSchema>;
export type FunnelSummary = z.infer<typeof FunnelSummarySchema>;
export type FunnelReply = z.infer<typeof FunnelReplySchema>;
