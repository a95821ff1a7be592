import { describe, expect, it } from 'vitest';
import { IdConflictReplySchema } from '@candor/protocol';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let collector: RunningCollector;
const TOKEN = 'conflict-token';

useTestCollector({ adminToken: TOKEN }, (_, c) => (collector = c));

const changedText = <T extends { answers: { text: string }[] }>(submission: T): T => ({
  ...submission,
  answers: submission.answers.map((answer, i) => (i === 0 ? { ...answer, text: `${answer.text} (edited)` } : answer)),
});

describe('an id reused with different content', () => {
  it('gets a 422 naming the id, as the Idempotency-Key draft asks, and the first copy stays', async () => {
    const first = freshSubmission({ surveyId: uniqueSurveyId() });
    const headers = { 'idempotency-key': first.id };

    const accepted = await postAnswers(collector.url, first, { headers });
    const reused = await postAnswers(collector.url, changedText(first), { headers });
    const read = await readAnswers(collector.url, TOKEN, { survey: first.surveyId });

    expect(accepted.status).toBe(200);
    expect(reused.status).toBe(422);
    expect(IdConflictReplySchema.parse(reused.body)).toEqual({ error: expect.stringContaining(first.id), conflicts: [first.id], stored: [], duplicates: [] });
    expect(reused.body.error).toMatch(/already stored with different content.*first copy is kept/);
    expect(read.body.items.map(({ receivedAt: _, ...s }) => s)).toEqual([first]);
  });

  it('is told apart from a retry: the same content, in another key order or with unknown fields, is a duplicate', async () => {
    const first = freshSubmission({ surveyId: uniqueSurveyId(), context: { path: '/x', metadata: { a: 1, b: 'two' } } });
    await postAnswers(collector.url, first);
    const reordered = Object.fromEntries(Object.entries({ ...first, context: { metadata: { b: 'two', a: 1 }, path: '/x' }, debug: true }).reverse());

    const retried = await postAnswers(collector.url, reordered);

    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ received: 1, stored: [], duplicates: [first.id] });
  });

  it('in a batch: the other members are stored, and the reply says which id conflicts', async () => {
    const surveyId = uniqueSurveyId();
    const old = freshSubmission({ surveyId });
    await postAnswers(collector.url, old);
    const fresh = freshSubmission({ surveyId });

    const reply = await postAnswers(collector.url, [fresh, changedText(old), old]);

    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ conflicts: [old.id], stored: [fresh.id], duplicates: [old.id] });
    expect(reply.body.error).toContain(old.id);
  });

  it('within one batch: the first copy is stored and the changed one conflicts', async () => {
    const one = freshSubmission({ surveyId: uniqueSurveyId() });

    const reply = await postAnswers(collector.url, [one, changedText(one)]);

    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ conflicts: [one.id], stored: [one.id], duplicates: [] });
  });

  it('stays a plain duplicate once withdrawn: nothing is left to compare with', async () => {
    const one = freshSubmission({ surveyId: uniqueSurveyId() });
    await postAnswers(collector.url, one);
    await fetch(`${collector.url}/v1/answers/${one.id}`, { method: 'DELETE' });

    const reply = await postAnswers(collector.url, changedText(one));

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ received: 1, stored: [], duplicates: [one.id] });
  });
});
