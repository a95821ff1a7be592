import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'test-admin-token';
let collector: RunningCollector;

useTestCollector({ adminToken: TOKEN }, (_, c) => (collector = c));

const storedIn = async (surveyId: string) => (await readAnswers(collector.url, TOKEN, { survey: surveyId })).body;

describe('POST /v1/answers', () => {
  it('stores a single valid submission and says it was stored', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    const reply = await postAnswers(collector.url, submission);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ received: 1, stored: [submission.id], duplicates: [] });
    const { total, items } = await storedIn(submission.surveyId);
    expect(total).toBe(1);
    expect(items[0]).toMatchObject(submission);
    expect(Date.parse(items[0]!.receivedAt)).not.toBeNaN();
  });

  it('stores every submission of a batch', async () => {
    const surveyId = uniqueSurveyId();
    const batch = [freshSubmission({ surveyId }), freshSubmission({ surveyId }), freshSubmission({ surveyId })];

    const reply = await postAnswers(collector.url, batch);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ received: 3, stored: batch.map((s) => s.id), duplicates: [] });
    expect((await storedIn(surveyId)).total).toBe(3);
  });

  it('answers a repeated id with success and keeps only one copy', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    const first = await postAnswers(collector.url, submission);
    const second = await postAnswers(collector.url, submission);

    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ received: 1, stored: [], duplicates: [submission.id] });
    expect((await storedIn(submission.surveyId)).total).toBe(1);
  });

  it('treats an id differing only in letter case as the same submission', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    await postAnswers(collector.url, submission);
    const upper = await postAnswers(collector.url, { ...submission, id: submission.id.toUpperCase() });

    expect(upper.body).toEqual({ received: 1, stored: [], duplicates: [submission.id.toUpperCase()] });
    expect((await storedIn(submission.surveyId)).total).toBe(1);
  });

  it('stores one row when 50 requests carry the same id at once', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    const replies = await Promise.all(Array.from({ length: 50 }, () => postAnswers(collector.url, submission, { headers: { 'idempotency-key': submission.id } })));

    expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(replies.filter((r) => r.body.stored.length === 1)).toHaveLength(1);
    expect(replies.filter((r) => r.body.duplicates.length === 1)).toHaveLength(49);
    expect((await storedIn(submission.surveyId)).total).toBe(1);
  });

  it('stores a repeated id within one batch once and reports the repeat as a duplicate', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    const reply = await postAnswers(collector.url, [submission, submission]);

    expect(reply.body).toEqual({ received: 2, stored: [submission.id], duplicates: [submission.id] });
    expect((await storedIn(submission.surveyId)).total).toBe(1);
  });

  it('accepts a text/plain body holding JSON, as navigator.sendBeacon sends it', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    const reply = await postAnswers(collector.url, submission, { contentType: 'text/plain;charset=UTF-8' });

    expect(reply.status).toBe(200);
    expect(reply.body.stored).toEqual([submission.id]);
    expect((await storedIn(submission.surveyId)).items[0]).toMatchObject(submission);
  });

  it('accepts application/json with a charset parameter', async () => {
    const submission = freshSubmission();

    const reply = await postAnswers(collector.url, submission, { contentType: 'application/json; charset=utf-8' });

    expect(reply.status).toBe(200);
  });

  it('accepts an Idempotency-Key header equal to the submission id', async () => {
    const submission = freshSubmission();

    const reply = await postAnswers(collector.url, submission, { headers: { 'idempotency-key': submission.id } });

    expect(reply.status).toBe(200);
    expect(reply.body.stored).toEqual([submission.id]);
  });

  it('refuses an Idempotency-Key header that differs from the submission id, with 422 naming both', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });
    const otherKey = randomUUID();

    const reply = await postAnswers(collector.url, submission, { headers: { 'idempotency-key': otherKey } });

    expect(reply.status).toBe(422);
    expect(reply.body.error).toContain('Idempotency-Key');
    expect(reply.body.error).toContain(otherKey);
    expect(reply.body.error).toContain(submission.id);
    expect((await storedIn(submission.surveyId)).total).toBe(0);
  });

  it('stores only the fields the protocol defines, leaving out the ones it does not know (see unknown-fields.test.ts)', async () => {
    const submission = { ...freshSubmission({ surveyId: uniqueSurveyId() }), experiment: { arm: 'b' } };

    await postAnswers(collector.url, submission);

    expect((await storedIn(submission.surveyId)).items[0]).not.toHaveProperty('experiment');
  });
});
