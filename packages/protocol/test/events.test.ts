import { describe, expect, it } from 'vitest';
import { EventBatchSchema, FUNNEL_EVENTS, FunnelReplySchema, MAX_EVENTS, describeIssues, type FunnelEvent } from '@candor/protocol';

const event: FunnelEvent = { event: 'invited', surveyId: 'candor-default', surveyVersion: '1', locale: 'pt-BR', trigger: 'delay', date: '2026-11-27', sampleRate: 0.25 };
const batch = (...events: unknown[]) => ({ protocolVersion: 1, events });
const problem = (body: unknown) => {
  const result = EventBatchSchema.safeParse(body);
  return result.success ? undefined : describeIssues(result.error.issues);
};

describe('an event batch', () => {
  it('accepts every moment of the funnel, with the fields an event carries', () => {
    const events = FUNNEL_EVENTS.map((name) => ({ ...event, event: name }));
    expect(EventBatchSchema.parse(batch(...events))).toEqual(batch(...events));
  });

  it('accepts each kind of trigger, and no event name in its place', () => {
    for (const trigger of ['open', 'delay', 'event', 'draft']) expect(problem(batch({ ...event, trigger }))).toBeUndefined();
    expect(problem(batch({ ...event, trigger: 'event:checkout_user_42' }))).toBe(
      'events[0].trigger: must be one of open, delay, event, draft (the kind of trigger, not an event\'s name)',
    );
  });

  it('refuses an unknown event name, naming the field', () => {
    expect(problem(batch(event, { ...event, event: 'clicked' }))).toBe(
      'events[1].event: must be one of invited, opened, declined, postponed, dismissed, started, finished, partial, withdrawn',
    );
  });

  it('refuses a time where the day belongs', () => {
    expect(problem(batch({ ...event, date: '2026-11-27T09:30:00Z' }))).toBe('events[0].date: must be a UTC day as YYYY-MM-DD, never a time');
    expect(problem(batch({ ...event, date: '2026-02-30' }))).toBe('events[0].date: must be a UTC day as YYYY-MM-DD, never a time');
  });

  it('refuses any field an event does not carry (an identifier), naming it', () => {
    expect(problem(batch(event, { ...event, respondentId: 'r-1' }))).toBe(
      'events[1]: has a field "respondentId" that an event does not carry (only event, surveyId, surveyVersion, locale, trigger, date, sampleRate)',
    );
    expect(problem({ ...batch(event), userId: 'u-1' })).toBe('(body): has a field "userId" that an event batch does not carry (only protocolVersion, events)');
  });

  it('holds one to 100 events of protocol version 1', () => {
    expect(problem(batch())).toBe('events: must hold at least one event');
    expect(problem(batch(...Array.from({ length: MAX_EVENTS + 1 }, () => event)))).toBe('events: must hold at most 100 events');
    expect(problem({ protocolVersion: 2, events: [event] })).toBe('protocolVersion: must be 1');
  });

  it('holds the submission\'s limits for survey, version, locale and sample rate', () => {
    expect(problem(batch({ ...event, surveyId: '' }))).toBe('events[0].surveyId: must not be empty');
    expect(problem(batch({ ...event, sampleRate: 0 }))).toBe('events[0].sampleRate: must be greater than 0');
  });
});

describe('the funnel reply', () => {
  it('carries each count, and each rate with its interval (null without a denominator)', () => {
    const counts = Object.fromEntries(FUNNEL_EVENTS.map((name) => [name, 0]));
    const none = { count: 0, of: 0, value: null, low: null, high: null };
    const summary = { counts, responseRate: none, completionRate: { count: 1, of: 2, value: 0.5, low: 0.09, high: 0.91 } };
    expect(FunnelReplySchema.parse({ ...summary, languages: [{ language: 'en', ...summary }] })).toBeTruthy();
    expect(FunnelReplySchema.safeParse({ ...summary, counts: { ...counts, invited: -1 }, languages: [] }).success).toBe(false);
  });
});
