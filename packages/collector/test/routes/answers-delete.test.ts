import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startCollector, type RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { postAnswers, readAnswers, withdraw } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'withdraw-token';
const ALLOWED = 'https://app.example.com';
let store: AnswerStore;
let collector: RunningCollector;

useTestCollector({ adminToken: TOKEN, origins: [ALLOWED], withdrawRateLimit: 1000 }, (s, c) => ((store = s), (collector = c)));

const storedIn = async (surveyId: string) => (await readAnswers(collector.url, TOKEN, { survey: surveyId })).body;

describe('DELETE /v1/answers/:id (withdrawal)', () => {
  it('removes the submission: it is no longer listed, exported or counted', async () => {
    const surveyId = uniqueSurveyId();
    const [kept, withdrawn] = [freshSubmission({ surveyId }), freshSubmission({ surveyId })];
    await postAnswers(collector.url, [kept, withdrawn]);

    const reply = await withdraw(collector.url, withdrawn.id);

    expect(reply.status).toBe(204);
    expect(reply.body).toBe('');
    expect((await storedIn(surveyId)).items.map((s) => s.id)).toEqual([kept.id]);
    const csv = await (await fetch(`${collector.url}/v1/answers.csv?token=${TOKEN}&survey=${surveyId}`)).text();
    expect(csv).not.toContain(withdrawn.id);
    const counts = await (await fetch(`${collector.url}/v1/answers/counts?survey=${surveyId}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    expect(counts.total).toBe(1);
  });

  it('answers exactly the same for an id that was never stored, so ids cannot be probed', async () => {
    const stored = freshSubmission();
    await postAnswers(collector.url, stored);

    const [existing, unknown] = await Promise.all([withdraw(collector.url, stored.id), withdraw(collector.url, randomUUID())]);

    const strip = (h: Headers) => [...h].filter(([name]) => !['date', 'x-ratelimit-remaining', 'x-ratelimit-reset'].includes(name));
    expect(unknown.status).toBe(existing.status);
    expect(unknown.body).toBe(existing.body);
    expect(strip(unknown.headers)).toEqual(strip(existing.headers));
  });

  it('keeps a withdrawn id from coming back when a retry of it arrives later', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });
    await postAnswers(collector.url, submission);
    await withdraw(collector.url, submission.id);

    const retry = await postAnswers(collector.url, submission);

    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ received: 1, stored: [], duplicates: [submission.id] });
    expect((await storedIn(submission.surveyId)).total).toBe(0);
  });

  it('never stores a submission withdrawn before it arrived (a beacon still in flight)', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    await withdraw(collector.url, submission.id);
    await postAnswers(collector.url, submission);

    expect((await storedIn(submission.surveyId)).total).toBe(0);
  });

  it('answers a withdrawal twice the same way', async () => {
    const submission = freshSubmission();
    await postAnswers(collector.url, submission);

    expect((await withdraw(collector.url, submission.id)).status).toBe(204);
    expect((await withdraw(collector.url, submission.id)).status).toBe(204);
  });

  it('refuses something that is not an id with 400 saying what an id looks like', async () => {
    const reply = await withdraw(collector.url, 'all');

    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(/a UUID like/);
  });

  it('lets an allowed page withdraw (CORS) and refuses other pages with 403, withdrawing nothing', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });
    await postAnswers(collector.url, submission);

    const refused = await withdraw(collector.url, submission.id, { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect((await storedIn(submission.surveyId)).total).toBe(1);

    const allowed = await withdraw(collector.url, submission.id, { origin: ALLOWED });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('is rate-limited per client, tighter than posts: past the limit, 429 with Retry-After', async () => {
    const strict = await startCollector({ store, withdrawRateLimit: 3, loadShedding: { maxEventLoopDelayMs: 0 } });
    try {
      const replies = [];
      for (let i = 0; i < 4; i += 1) replies.push(await withdraw(strict.url, randomUUID()));

      expect(replies.map((r) => r.status)).toEqual([204, 204, 204, 429]);
      expect(Number(replies[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(replies[3]!.body.error).toMatch(/at most 3 a minute/);
      expect((await postAnswers(strict.url, freshSubmission())).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});
