import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { get, postAnswers, type Reply } from '../helpers/collector-client.js';
import { freshSubmission } from '../helpers/fresh-submission.js';

const BODY_LIMIT = 8 * 1024;
let collector: RunningCollector;

useTestCollector({ bodyLimit: BODY_LIMIT }, (_, c) => (collector = c));

/** Every bad request must leave the server able to store the next good one. */
async function expectStillServing() {
  const submission = freshSubmission();
  const reply = await postAnswers(collector.url, submission);
  expect(reply.status).toBe(200);
  expect(reply.body.stored).toEqual([submission.id]);
}

function expectJsonError(reply: Reply<any>, status: number) {
  expect(reply.status).toBe(status);
  expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
  expect(Object.keys(reply.body)).toEqual(['error']);
  expect(typeof reply.body.error).toBe('string');
  return reply.body.error as string;
}

describe('POST /v1/answers, when the request is wrong', () => {
  it('answers malformed JSON with 400 saying it is not valid JSON and where', async () => {
    const reply = await postAnswers(collector.url, '{"id": "x",\n "answers": [1, 2,, 3]}');

    const error = expectJsonError(reply, 400);
    expect(error).toMatch(/not valid JSON/);
    expect(error).toMatch(/line 2, column 19/);
    await expectStillServing();
  });

  it('answers a truncated body with 400 saying it is not valid JSON', async () => {
    const reply = await postAnswers(collector.url, JSON.stringify(freshSubmission()).slice(0, 40));

    expect(expectJsonError(reply, 400)).toMatch(/not valid JSON/);
    await expectStillServing();
  });

  it('answers an empty body with 400 saying it is empty', async () => {
    const reply = await postAnswers(collector.url, '');

    expect(expectJsonError(reply, 400)).toMatch(/body is empty/);
    await expectStillServing();
  });

  it('refuses a "__proto__" key with 400', async () => {
    const reply = await postAnswers(collector.url, '{"__proto__": {"polluted": true}}');

    expect(expectJsonError(reply, 400)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await expectStillServing();
  });

  it('answers a schema-invalid submission with 422 naming each bad field by path', async () => {
    const bad = { ...freshSubmission(), id: 'not-a-uuid', answers: [{ questionId: 'hope', prompt: 'Why?', text: 42 }] };

    const reply = await postAnswers(collector.url, bad);

    const error = expectJsonError(reply, 422);
    expect(error).toMatch(/^The body is not a valid Candor submission/);
    expect(error).toContain('id: must be a UUID');
    expect(error).toContain('answers[0].text');
    await expectStillServing();
  });

  it('names the position of the bad submission within a batch', async () => {
    const reply = await postAnswers(collector.url, [freshSubmission(), { ...freshSubmission(), locale: '' }]);

    expect(expectJsonError(reply, 422)).toContain('[1].locale');
    await expectStillServing();
  });

  it('stores nothing from a batch with one invalid submission', async () => {
    const good = freshSubmission();

    await postAnswers(collector.url, [good, { ...freshSubmission(), partial: 'yes' }]);
    const retry = await postAnswers(collector.url, good);

    expect(retry.body.stored).toEqual([good.id]);
  });

  it('answers JSON that is not a submission (a number, an empty array) with 422', async () => {
    expectJsonError(await postAnswers(collector.url, '42'), 422);
    expectJsonError(await postAnswers(collector.url, '[]'), 422);
    await expectStillServing();
  });

  it('answers a body over the limit with 413 stating the limit in bytes and KiB', async () => {
    const huge = freshSubmission({ answers: [{ questionId: 'hope', prompt: 'Why?', text: 'x'.repeat(BODY_LIMIT) }] });

    const reply = await postAnswers(collector.url, huge);

    const error = expectJsonError(reply, 413);
    expect(error).toContain(`${BODY_LIMIT} bytes`);
    expect(error).toContain('8 KiB');
    await expectStillServing();
  });

  it('answers another content type with 415 naming the accepted ones', async () => {
    const reply = await postAnswers(collector.url, freshSubmission(), { contentType: 'application/x-www-form-urlencoded' });

    const error = expectJsonError(reply, 415);
    expect(error).toContain('application/x-www-form-urlencoded');
    expect(error).toContain('application/json');
    expect(error).toContain('text/plain');
    expect(reply.headers.get('accept-post')).toBe('application/json, text/plain');
    await expectStillServing();
  });

  it('answers a body without a content type with 415', async () => {
    const reply = await postAnswers(collector.url, new TextEncoder().encode(JSON.stringify(freshSubmission())), { contentType: null });

    expect(expectJsonError(reply, 415)).toMatch(/no Content-Type/);
    await expectStillServing();
  });

  it('answers an unknown route with 404 listing the routes it serves', async () => {
    const reply = await get(collector.url, '/v1/answer?token=secret');

    const error = expectJsonError(reply, 404);
    expect(error).toContain('POST /v1/answers');
    expect(error).not.toContain('secret');
    await expectStillServing();
  });
});
