import { describe, expect, it } from 'vitest';
import { EventBatchSchema, FUNNEL_EVENTS } from '@candor/protocol';
import { OptionsSchema } from '../../src/options/options.js';
import { funnelEvent } from '../../src/funnel/funnel-event.js';

// Everything a team can tell Candor about a person or a page: none of it may reach an event.
const options = OptionsSchema.parse({
  endpoint: 'https://collect.test/v1/answers',
  product: 'Acme',
  surveyId: 'study-2026',
  surveyVersion: '3',
  sampleRate: 0.2,
  userId: 'acct-981',
  metadata: { plan: 'pro', email: 'jane@example.com' },
});
const NOV_27_LATE = Date.UTC(2026, 10, 27, 23, 59, 59);

describe('what a counted moment carries', () => {
  it.each(FUNNEL_EVENTS)('"%s" carries the survey, its version, the language, the trigger kind, the UTC day and the sample rate, and nothing else', (name) => {
    const event = funnelEvent(name, options, { locale: 'pt-BR', trigger: 'delay' }, NOV_27_LATE);

    expect(event).toStrictEqual({ event: name, surveyId: 'study-2026', surveyVersion: '3', locale: 'pt-BR', trigger: 'delay', date: '2026-11-27', sampleRate: 0.2 });
    expect(EventBatchSchema.safeParse({ protocolVersion: 1, events: [event] }).success).toBe(true);
  });

  it('carries no user id, respondent id, submission id, path, product or metadata, whatever the options hold', () => {
    const text = JSON.stringify(funnelEvent('finished', options, { locale: 'en', trigger: 'open' }, NOV_27_LATE));

    for (const kept of ['acct-981', 'jane@example.com', 'pro', 'Acme', 'respondentId', 'userId', 'path', 'metadata', 'id"']) expect(text).not.toContain(kept);
  });

  it("records an app event's invitation as the kind \"event\", never the event's name", () => {
    expect(funnelEvent('invited', options, { locale: 'en', trigger: 'event:checkout_user_42' }, NOV_27_LATE).trigger).toBe('event');
  });

  it('records the day in UTC, never the time', () => {
    expect(funnelEvent('opened', options, { locale: 'en', trigger: 'delay' }, Date.UTC(2026, 11, 31, 0, 0, 1)).date).toBe('2026-12-31');
  });

  it('records a sample rate of 1 when the person or the page opened the questions, as submissions do', () => {
    expect(funnelEvent('opened', options, { locale: 'en', trigger: 'open' }, NOV_27_LATE).sampleRate).toBe(1);
    expect(funnelEvent('opened', options, { locale: 'en', trigger: 'draft' }, NOV_27_LATE).sampleRate).toBe(0.2);
  });
});
