import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { parseRetryAfter, sendSubmissions } from '../../src/delivery/send-submissions.js';
import { collectorDouble, ENDPOINT } from '../helpers/collector-double.js';
import { validSubmission } from '../../../../test/fixtures/submission.js';

const collector = collectorDouble();
beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => collector.server.resetHandlers());
afterAll(() => collector.server.close());

const send = (timeoutMs = 5000) => sendSubmissions(fetch, { endpoint: ENDPOINT, timeoutMs }, [validSubmission()], Date.now);

describe('sending one submission', () => {
  it('posts JSON with the id as Idempotency-Key and in the body', async () => {
    collector.received.length = 0;
    expect(await send()).toEqual({ kind: 'accepted', status: 200 });
    expect(collector.received).toEqual([{ submission: validSubmission(), idempotencyKey: validSubmission().id, contentType: 'application/json' }]);
  });

  it.each([408, 425, 429, 500, 502, 503, 504])('treats %i as worth retrying', async (status) => {
    collector.state.respond = () => new HttpResponse(null, { status });
    expect(await send()).toMatchObject({ kind: 'retry', status });
  });

  it.each([400, 401, 404, 413, 422, 501, 505])('treats %i as permanent, with the reason the collector gave', async (status) => {
    collector.state.respond = () => HttpResponse.json({ error: 'id: must be a UUID' }, { status });
    expect(await send()).toEqual({ kind: 'permanent', status, reason: `the collector answered ${status}: id: must be a UUID` });
  });

  it('reads Retry-After from a 503', async () => {
    collector.state.respond = () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } });
    expect(await send()).toMatchObject({ kind: 'retry', retryAfterMs: 120_000 });
  });

  it('retries a network failure', async () => {
    collector.server.use(http.post(ENDPOINT, () => HttpResponse.error()));
    expect(await send()).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/^network error/) });
  });

  it('abandons a request that hangs, and says so', async () => {
    collector.server.use(http.post(ENDPOINT, async () => (await delay('infinite'), HttpResponse.json({}))));
    expect(await send(1000)).toEqual({ kind: 'retry', reason: 'no answer within 1000 ms', offline: true });
  });
  afterEach(() => (collector.state.respond = () => HttpResponse.json({ stored: 1 })));
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');
  it('reads seconds', () => expect(parseRetryAfter('30', now)).toBe(30_000));
  it('reads an HTTP date', () => expect(parseRetryAfter('Fri, 27 Nov 2026 10:02:00 GMT', now)).toBe(120_000));
  it('ignores what it cannot read', () => expect(parseRetryAfter('abc', now)).toBeUndefined());
});
