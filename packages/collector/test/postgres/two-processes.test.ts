import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSchema, type TestSchema } from '../helpers/test-postgres.js';
import { runCli, type RunningCli } from '../helpers/run-cli.js';
import { postAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let schema: TestSchema;
let collectors: RunningCli[] = [];

beforeAll(async () => {
  schema = await createTestSchema();
  // Started together: both run the migrations at the same moment.
  collectors = await Promise.all([0, 1].map(() => runCli(['--port', '0', '--db', schema.url, '--admin-token', 't'], { CANDOR_RATE_LIMIT: '0' })));
});
afterAll(async () => {
  await Promise.all(collectors.map((c) => c.stop()));
  await schema?.drop();
});

describe('two collector processes on one PostgreSQL', () => {
  it('store each id once when duplicates arrive at both, interleaved and at the same moment', async () => {
    const surveyId = uniqueSurveyId();
    const submissions = Array.from({ length: 200 }, () => freshSubmission({ surveyId }));
    const [a, b] = collectors.map((c) => c.url) as [string, string];

    // Every submission goes to both processes at once, once alone and once inside a batch.
    const singles = submissions.flatMap((s, i) => [postAnswers(i % 2 ? a : b, s), postAnswers(i % 2 ? b : a, s)]);
    const batches = Array.from({ length: 10 }, (_, i) => postAnswers(i % 2 ? a : b, submissions.slice(i * 20, i * 20 + 20)));
    const replies = await Promise.all([...singles, ...batches]);

    expect(replies.every((r) => r.status === 200)).toBe(true);
    const stored = replies.flatMap((r) => r.body.stored as string[]);
    expect(stored.sort()).toEqual(submissions.map((s) => s.id).sort());
    const rows = await schema.query<{ n: number }>('select count(*)::int as n from submissions where survey_id = $1', [surveyId]);
    expect(rows[0]!.n).toBe(200);
  });

  it('read the same answers from either process: the database is the only state', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });
    await postAnswers(collectors[0]!.url, submission);

    const fromOther = await fetch(`${collectors[1]!.url}/v1/answers?survey=${submission.surveyId}`, { headers: { authorization: 'Bearer t' } });

    expect(((await fromOther.json()) as { items: { id: string }[] }).items.map((s) => s.id)).toEqual([submission.id]);
    expect(await (await fetch(`${collectors[1]!.url}/healthz`)).json()).toEqual({ ok: true, store: 'postgres' });
  });

  it('stop on SIGTERM with exit code 0', async () => {
    const extra = await runCli(['--port', '0', '--db', schema.url]);

    expect(await extra.stop()).toBe(0);
    expect(extra.output().stdout).toContain('PostgreSQL at 127.0.0.1:5432/candor_test');
    expect(extra.output().stdout).not.toContain('candor:candor');
  });
});
