import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { posthog, segment, webhook } from '../../src/delivery/destinations/index.js';
import { validSubmission } from '../../../../test/fixtures/submission.js';

const requests: { method: string; url: string; headers: Record<string, string>; body: unknown }[] = [];
let status = 200;
const server = setupServer(
  http.post(/.*/, async ({ request }) => {
    requests.push({ method: request.method, url: request.url, headers: Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v])), body: await request.json() });
    return status === 200 ? HttpResponse.json({ status: 1 }) : new HttpResponse('{"error":"nope"}', { status });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  requests.length = 0;
  status = 200;
});
afterAll(() => server.close());

const submission = validSubmission();
const everyField = {
  candor_id: submission.id,
  protocol_version: 1,
  survey_id: 'candor-default',
  survey_version: '1',
  locale: 'en',
  created_at: '2026-11-27T10:00:00.000Z',
  partial: false,
  sample_rate: 1,
  question_order: ['context', 'hope', 'experience', 'fear'],
  path: '/chat',
  product: 'Acme Assistant',
  metadata: { plan: 'pro' },
  answers: submission.answers,
  answer_hope: 'More time with my kids',
  prompt_hope: 'If you could wave a magic wand, what would AI do for you?',
};

describe('the webhook destination', () => {
  it('posts the submissions as JSON with the id as Idempotency-Key and your headers', async () => {
    const results = await webhook('https://hooks.example.com/candor', { headers: { 'X-Team': 'research' } })([submission]);
    expect(results).toEqual([{ id: submission.id, status: 'accepted' }]);
    expect(requests).toEqual([
      {
        method: 'POST',
        url: 'https://hooks.example.com/candor',
        headers: expect.objectContaining({ 'content-type': 'application/json', 'idempotency-key': submission.id, 'x-team': 'research' }),
        body: { event: 'candor.submissions', submissions: [submission] },
      },
    ]);
  });

  it('says retry on a 503 and failed on a 400, per submission', async () => {
    status = 503;
    expect(await webhook('https://hooks.example.com/candor')([submission])).toEqual([
      { id: submission.id, status: 'retry', reason: 'the collector answered 503: nope' },
    ]);
    status = 400;
    expect(await webhook('https://hooks.example.com/candor')([submission])).toEqual([
      { id: submission.id, status: 'failed', reason: 'the collector answered 400: nope' },
    ]);
  });
});

describe('the PostHog destination', () => {
  it('captures a "survey sent" event with every field as a property and Candor’s id as the event uuid', async () => {
    await posthog({ apiKey: 'phc_public', host: 'https://eu.i.posthog.com/' })([submission]);
    expect(requests).toEqual([
      {
        method: 'POST',
        url: 'https://eu.i.posthog.com/batch/',
        headers: expect.objectContaining({ 'content-type': 'application/json' }),
        body: {
          api_key: 'phc_public',
          batch: [
            {
              event: 'survey sent',
              uuid: submission.id,
              distinct_id: submission.id,
              timestamp: submission.createdAt,
              properties: { ...everyField, $process_person_profile: false, $lib: 'candor' },
            },
          ],
        },
      },
    ]);
  });
});

describe('the Segment destination', () => {
  it('sends a track call with every field as a property, the write key as Basic auth and Candor’s id as messageId', async () => {
    await segment({ writeKey: 'wk_public' })([submission]);
    expect(requests).toEqual([
      {
        method: 'POST',
        url: 'https://api.segment.io/v1/batch',
        headers: expect.objectContaining({ authorization: `Basic ${btoa('wk_public:')}`, 'content-type': 'application/json' }),
        body: {
          batch: [
            {
              type: 'track',
              event: 'Survey Submitted',
              messageId: submission.id,
              anonymousId: submission.id,
              timestamp: submission.createdAt,
              properties: everyField,
              context: { library: { name: 'candor' }, locale: 'en' },
            },
          ],
        },
      },
    ]);
  });
});
