import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { get, postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let collector: RunningCollector;
const TOKEN = 'unknown-fields-token';

useTestCollector({ adminToken: TOKEN }, (_, c) => (collector = c));

const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { deeper: value };
  return value;
};

describe('fields the protocol does not define', () => {
  it('are stripped: a 200,000-character debugDump and unknown fields inside answers and context are not stored or served back', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });
    const sent = {
      ...submission,
      debugDump: 'x'.repeat(200_000),
      answers: submission.answers.map((answer) => ({ ...answer, internalScore: 0.9 })),
      context: { ...submission.context, cookie: 'session=abc' },
    };

    const posted = await postAnswers(collector.url, sent);
    const listed = await readAnswers(collector.url, TOKEN, { survey: submission.surveyId });
    const exported = await get<string>(collector.url, `/v1/answers.jsonl?survey=${submission.surveyId}`, { authorization: `Bearer ${TOKEN}` });

    expect(posted.status).toBe(200);
    expect(posted.body.stored).toEqual([submission.id]);
    const { receivedAt, ...stored } = listed.body.items[0]!;
    expect(stored).toEqual(submission);
    expect(typeof receivedAt).toBe('string');
    expect(exported.body).not.toContain('debugDump');
    expect(exported.body).not.toContain('internalScore');
    expect(exported.body).not.toContain('session=abc');
    expect(JSON.parse(exported.body.trim())).toEqual({ ...submission, receivedAt });
  });

  it('are stripped however deep they nest (1,000 levels)', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });

    const posted = await postAnswers(collector.url, { ...submission, extra: nested(1_000) });
    const listed = await readAnswers(collector.url, TOKEN, { survey: submission.surveyId });

    expect(posted.status).toBe(200);
    expect(JSON.stringify(listed.body.items[0])).not.toContain('deeper');
  });

  it('are stripped from every member of a batch', async () => {
    const surveyId = uniqueSurveyId();
    const batch = [freshSubmission({ surveyId }), freshSubmission({ surveyId })];

    const posted = await postAnswers(collector.url, batch.map((s) => ({ ...s, trace: 'abc' })));
    const listed = await readAnswers(collector.url, TOKEN, { survey: surveyId });

    expect(posted.body.stored).toHaveLength(2);
    expect(listed.body.items.map(({ receivedAt: _, ...s }) => s)).toEqual(expect.arrayContaining(batch));
    expect(JSON.stringify(listed.body.items)).not.toContain('trace');
  });
});
