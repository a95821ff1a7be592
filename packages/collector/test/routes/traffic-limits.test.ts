import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/open-test-store.js';
import { startCollector } from '../../src/start-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let store: AnswerStore;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(async () => {
  await store?.close();
});

/** The store, with inserts held until `release()`: a database that has fallen behind. */
function slowStore(inner: AnswerStore) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { store: { ...inner, insert: async (s: Parameters<AnswerStore['insert']>[0]) => (await gate, inner.insert(s)) }, release };
}

describe('when a client sends too much', () => {
  it('answers 429 with Retry-After and a sentence past the per-client limit, and serves again after', async () => {
    const collector = await startCollector({ store, rateLimit: 3 });
    try {
      const replies = [];
      for (let i = 0; i < 4; i += 1) replies.push(await postAnswers(collector.url, freshSubmission()));

      expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      const refused = replies[3]!;
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body).toEqual({ error: expect.stringMatching(/^Too many requests from this client: at most 3 a minute.*Retry after \d+ seconds/) });
      expect((await fetch(`${collector.url}/healthz`)).status).toBe(200);
    } finally {
      await collector.close();
    }
  });
});

describe('when the collector is overloaded', () => {
  it('refuses what it cannot queue with 503 and Retry-After, and stores every submission it accepted', async () => {
    const surveyId = uniqueSurveyId();
    const slow = slowStore(store);
    const collector = await startCollector({ store: slow.store, maxPending: 2, adminToken: 't' });
    try {
      const accepted = [freshSubmission({ surveyId }), freshSubmission({ surveyId })];
      const waiting = accepted.map((s) => postAnswers(collector.url, s));
      await new Promise((resolve) => setTimeout(resolve, 100));

      const shed = await postAnswers(collector.url, freshSubmission({ surveyId }));
      slow.release();
      const replies = await Promise.all(waiting);

      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBe('2');
      expect(shed.body.error).toMatch(/overloaded and did not store this request; retry after 2 seconds/);
      expect(replies.map((r) => r.status)).toEqual([200, 200]);
      const stored = await readAnswers(collector.url, 't', { survey: surveyId });
      expect(stored.body.items.map((s) => s.id).sort()).toEqual(accepted.map((s) => s.id).sort());
    } finally {
      slow.release();
      await collector.close();
    }
  });

  it('sheds every request with 503 and Retry-After while the process is under pressure', async () => {
    const collector = await startCollector({ store, loadShedding: { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 1, sampleIntervalMs: 10 } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));

      const reply = await postAnswers(collector.url, freshSubmission());

      expect(reply.status).toBe(503);
      expect(reply.headers.get('retry-after')).toBe('5');
      expect(reply.body).toEqual({ error: expect.stringContaining('overloaded') });
    } finally {
      await collector.close();
    }
  });
});

describe('closing the collector', () => {
  it('finishes a submission in flight, answering 200 and storing it, before it stops', async () => {
    const surveyId = uniqueSurveyId();
    const slow = slowStore(store);
    const collector = await startCollector({ store: slow.store });
    const submission = freshSubmission({ surveyId });
    const inFlight = postAnswers(collector.url, submission);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const closed = collector.close();
    setTimeout(slow.release, 100);
    const reply = await inFlight;
    await closed;

    expect(reply.status).toBe(200);
    expect((await store.list({ surveyId, limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([submission.id]);
  });
});
