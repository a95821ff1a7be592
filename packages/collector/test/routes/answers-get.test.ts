import { describe, expect, it } from 'vitest';
import { TEST_BACKEND } from '../helpers/open-test-store.js';
import { startCollector, type RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'correct horse battery staple';
let store: AnswerStore;
let collector: RunningCollector;
let tokenless: RunningCollector;

useTestCollectors([{ adminToken: TOKEN }, {}], (s, [main, other]) => ((store = s), (collector = main!), (tokenless = other!)));

describe('GET /v1/answers', () => {
  it('refuses a read without a token with 401 saying how to send one', async () => {
    const reply = await readAnswers(collector.url, undefined);

    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: expect.stringContaining('Authorization: Bearer <token>') });
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a wrong token with 401 saying it is wrong', async () => {
    const reply = await readAnswers(collector.url, 'correct horse battery stapler');

    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: expect.stringMatching(/admin token is wrong/) });
  });

  it('refuses a token sent with another scheme than Bearer with 401', async () => {
    const response = await fetch(`${collector.url}/v1/answers`, { headers: { authorization: `Basic ${TOKEN}` } });

    expect(response.status).toBe(401);
  });

  it('answers 403 saying how to turn reads on when the collector has no admin token', async () => {
    const reply = await readAnswers(tokenless.url, TOKEN);

    expect(reply.status).toBe(403);
    expect(reply.body.error).toContain('--admin-token');
    expect(reply.body.error).toContain('CANDOR_ADMIN_TOKEN');
  });

  it('still accepts submissions when reads are off', async () => {
    const reply = await postAnswers(tokenless.url, freshSubmission());

    expect(reply.status).toBe(200);
  });

  it('lists what was stored, newest first, with the total', async () => {
    const surveyId = uniqueSurveyId();
    const [older, newer] = [freshSubmission({ surveyId }), freshSubmission({ surveyId })];
    await postAnswers(collector.url, older);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await postAnswers(collector.url, newer);

    const reply = await readAnswers(collector.url, TOKEN, { survey: surveyId });

    expect(reply.status).toBe(200);
    expect(reply.body.total).toBe(2);
    expect(reply.body.items.map((s) => s.id)).toEqual([newer.id, older.id]);
  });

  it('lists the later submissions of a batch first', async () => {
    const surveyId = uniqueSurveyId();
    const batch = [freshSubmission({ surveyId }), freshSubmission({ surveyId })];
    await postAnswers(collector.url, batch);

    const reply = await readAnswers(collector.url, TOKEN, { survey: surveyId });

    expect(reply.body.items.map((s) => s.id)).toEqual([batch[1]!.id, batch[0]!.id]);
  });

  it('pages with limit and offset, keeping the total of all matches', async () => {
    const surveyId = uniqueSurveyId();
    const batch = Array.from({ length: 5 }, () => freshSubmission({ surveyId }));
    await postAnswers(collector.url, batch);
    const newestFirst = batch.map((s) => s.id).reverse();

    const page = await readAnswers(collector.url, TOKEN, { survey: surveyId, limit: 2, offset: 2 });

    expect(page.body).toMatchObject({ total: 5, limit: 2, offset: 2 });
    expect(page.body.items.map((s) => s.id)).toEqual(newestFirst.slice(2, 4));
  });

  it('lists every survey when no survey is given', async () => {
    const a = freshSubmission({ surveyId: uniqueSurveyId() });
    const b = freshSubmission({ surveyId: uniqueSurveyId() });
    await postAnswers(collector.url, [a, b]);

    const reply = await readAnswers(collector.url, TOKEN, { limit: 500 });

    expect(reply.body.items.map((s) => s.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(reply.body.total).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [{ limit: 0 }, '"limit"'],
    [{ limit: 501 }, '"limit"'],
    [{ limit: 'ten' }, '"limit"'],
    [{ offset: -1 }, '"offset"'],
  ])('answers a bad query %j with 400 naming the parameter', async (query, name) => {
    const reply = await readAnswers<{ error: string }>(collector.url, TOKEN, query);

    expect(reply.status).toBe(400);
    expect(reply.body.error).toContain(name);
    expect((await readAnswers(collector.url, TOKEN)).status).toBe(200);
  });
});

describe('GET /healthz', () => {
  it('answers 200 { ok: true } and the kind of store, without a token', async () => {
    const response = await fetch(`${collector.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, store: TEST_BACKEND });
  });

  it('answers 503 { ok: false } with Retry-After when the database does not answer', async () => {
    const broken = await startCollector({ store: { ...store, ping: () => Promise.reject(new Error('connection refused')) }, loadShedding: { maxEventLoopDelayMs: 0 } });
    try {
      const response = await fetch(`${broken.url}/healthz`);

      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({ ok: false, store: TEST_BACKEND, error: expect.stringContaining('database does not answer') });
    } finally {
      await broken.close();
    }
  });
});
