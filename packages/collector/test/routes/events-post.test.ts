import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { startCollector } from '../../src/start-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { batchOf, funnelEvent, postEvents, readFunnel } from '../helpers/funnel-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'test-admin-token';
const ALLOWED = 'https://app.example.com';
let store: AnswerStore;
let collector: RunningCollector;

// Load shedding off: a test machine busy with other work must not turn these requests into 503s.
const CALM = { loadShedding: { maxEventLoopDelayMs: 0 } };
useTestCollectors([{ adminToken: TOKEN, origins: [ALLOWED], ...CALM }], (s, [c]) => ((store = s), (collector = c!)));

const countsOf = async (surveyId: string) => (await readFunnel(collector.url, TOKEN, { survey: surveyId })).body.counts;
const fromAllowed = { headers: { origin: ALLOWED } };

describe('POST /v1/events', () => {
  it('counts a batch sent as a beacon (text/plain) and says how many events it counted', async () => {
    const surveyId = uniqueSurveyId();
    const events = ['invited', 'opened', 'started', 'finished'].map((event) => funnelEvent({ surveyId, event: event as never }));

    const reply = await postEvents(collector.url, batchOf(...events), fromAllowed);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ counted: 4 });
    expect(reply.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await countsOf(surveyId)).toMatchObject({ invited: 1, opened: 1, started: 1, finished: 1, declined: 0 });
  });

  it('counts a batch sent as application/json, identical events as many times as they came', async () => {
    const surveyId = uniqueSurveyId();
    const invited = funnelEvent({ surveyId });

    const reply = await postEvents(collector.url, batchOf(invited, invited, invited), { contentType: 'application/json', ...fromAllowed });

    expect(reply.body).toEqual({ counted: 3 });
    expect((await countsOf(surveyId)).invited).toBe(3);
  });

  it.each([
    ['an unknown event name', { event: 'clicked' }, 'events[1].event: must be one of invited, opened, declined, postponed, dismissed, started, finished, partial, withdrawn'],
    ['a time instead of a day', { date: '2026-11-27T09:30:00.000Z' }, 'events[1].date: must be a UTC day as YYYY-MM-DD, never a time'],
    ['an identifier', { respondentId: 'r-42' }, 'events[1]: has a field "respondentId" that an event does not carry'],
    ['a submission id', { id: '3f1c2b4a-1d2e-4f5a-8b9c-0d1e2f3a4b5c' }, 'events[1]: has a field "id" that an event does not carry'],
    ["an app event's name for the trigger", { trigger: 'event:order_1234' }, 'events[1].trigger: must be one of open, delay, event, draft'],
    ['a NUL in the survey id', { surveyId: 'a\u0000b' }, 'events[1].surveyId: must not contain a NUL character'],
  ])('refuses a batch with %s with 422 naming the field, and counts none of it', async (_, over, named) => {
    const surveyId = uniqueSurveyId();

    const reply = await postEvents(collector.url, batchOf(funnelEvent({ surveyId }), funnelEvent({ surveyId, ...over })), fromAllowed);

    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/^The body is not a valid Candor event batch \(protocol version 1\); none of its events was counted: /);
    expect(reply.body.error).toContain(named);
    expect((await countsOf(surveyId)).invited).toBe(0);
  });

  it('refuses a field of the batch itself (a user id beside the events), naming it', async () => {
    const surveyId = uniqueSurveyId();

    const reply = await postEvents(collector.url, { ...batchOf(funnelEvent({ surveyId })), userId: 'u-1' }, fromAllowed);

    expect(reply.status).toBe(422);
    expect(reply.body.error).toContain('(body): has a field "userId" that an event batch does not carry');
    expect((await countsOf(surveyId)).invited).toBe(0);
  });

  it('refuses a page from an origin that may not post answers with 403, and counts nothing', async () => {
    const surveyId = uniqueSurveyId();

    const reply = await postEvents(collector.url, batchOf(funnelEvent({ surveyId })), { headers: { origin: 'https://evil.example' } });

    expect(reply.status).toBe(403);
    expect(reply.body.error).toContain('--origins');
    expect((await countsOf(surveyId)).invited).toBe(0);
  });

  it('answers an empty body, and a body that is not JSON, with 400 saying so', async () => {
    const empty = await postEvents(collector.url, '', fromAllowed);
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatch(/^The request body is empty/);

    const broken = await postEvents(collector.url, '{"protocolVersion":', fromAllowed);
    expect(broken.status).toBe(400);
    expect(broken.body.error).toMatch(/JSON/);
  });

  it('adds up batches that arrive at the same moment: no count is lost', async () => {
    const surveyId = uniqueSurveyId();
    const batch = batchOf(funnelEvent({ surveyId }), funnelEvent({ surveyId, event: 'opened' }), funnelEvent({ surveyId, event: 'opened', locale: 'es' }));

    const replies = await Promise.all(Array.from({ length: 40 }, () => postEvents(collector.url, batch, fromAllowed)));

    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(await countsOf(surveyId)).toMatchObject({ invited: 40, opened: 80 });
  });
});

describe('POST /v1/events under the limits answers have', () => {
  it('refuses a body over the body limit with 413, and a client past the rate limit with 429', async () => {
    const own = await startCollector({ store, bodyLimit: 2_000, rateLimit: 2, ...CALM });
    try {
      const big = batchOf(...Array.from({ length: 20 }, () => funnelEvent({ surveyId: uniqueSurveyId() })));
      expect((await postEvents(own.url, big)).status).toBe(413);
      expect((await postEvents(own.url, batchOf(funnelEvent()))).status).toBe(200);
      const limited = await postEvents(own.url, batchOf(funnelEvent()));
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBeTruthy();
    } finally {
      await own.close();
    }
  });
});
