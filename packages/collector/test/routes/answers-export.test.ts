import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { get, postAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'export-token';
let collector: RunningCollector;

useTestCollector({ adminToken: TOKEN }, (_, c) => (collector = c));

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const match of text.matchAll(/((?:"(?:[^"]|"")*",?)+)\r\n/g)) {
    rows.push([...match[1]!.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));
  }
  return rows;
}

describe('GET /v1/answers.csv', () => {
  it('downloads one row per answer, with a header, as UTF-8 with a byte order mark', async () => {
    const surveyId = uniqueSurveyId();
    const submission = freshSubmission({
      surveyId,
      answers: [
        { questionId: 'hope', prompt: 'Hope?', text: 'Line one,\nline "two"' },
        { questionId: 'fear', prompt: 'Fear?', text: 'Nothing' },
      ],
    });
    await postAnswers(collector.url, submission);

    const reply = await get<string>(collector.url, `/v1/answers.csv?token=${TOKEN}&survey=${surveyId}`);

    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="candor-answers-\d{4}-\d\d-\d\d\.csv"$/);
    const bytes = new Uint8Array(await (await fetch(`${collector.url}/v1/answers.csv?token=${TOKEN}&survey=${surveyId}`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // fetch's text() drops it
    const [header, ...rows] = parseCsv(reply.body as string);
    expect(header).toContain('answer');
    const column = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[column('submission_id')], r[column('question_id')], r[column('answer')]])).toEqual([
      [submission.id, 'hope', 'Line one,\nline "two"'],
      [submission.id, 'fear', 'Nothing'],
    ]);
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a cell starting like a formula: %j becomes text',
    async (text) => {
      const surveyId = uniqueSurveyId();
      await postAnswers(collector.url, freshSubmission({ surveyId, answers: [{ questionId: 'hope', prompt: 'Hope?', text }] }));

      const body = (await get<string>(collector.url, `/v1/answers.csv?token=${TOKEN}&survey=${surveyId}`)).body as string;

      const [header, row] = parseCsv(body);
      expect(row![header!.indexOf('answer')]).toBe(`'${text}`);
    },
  );

  it('needs the admin token, as a query parameter or a Bearer header', async () => {
    expect((await get(collector.url, '/v1/answers.csv')).status).toBe(401);
    expect((await get(collector.url, '/v1/answers.csv?token=wrong')).status).toBe(401);
    expect((await get(collector.url, '/v1/answers.csv', { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });
});

describe('GET /v1/answers.jsonl', () => {
  it('downloads every matching submission, one per line, exactly as sent, newest first, past one export page', async () => {
    const surveyId = uniqueSurveyId();
    const hostile = freshSubmission({ surveyId, answers: [{ questionId: 'hope', prompt: 'Hope?', text: '<img src=x onerror=alert(1)> \u0000 \uD800' }] });
    const many = Array.from({ length: 6 }, () => Array.from({ length: 100 }, () => freshSubmission({ surveyId })));
    await postAnswers(collector.url, hostile);
    for (const batch of many) await postAnswers(collector.url, batch);

    const reply = await get<string>(collector.url, `/v1/answers.jsonl?token=${TOKEN}&survey=${surveyId}`);

    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/jsonl/);
    const lines = (reply.body as string).split('\n');
    expect(lines.pop()).toBe('');
    const exported = lines.map((line) => JSON.parse(line));
    expect(exported.map((s) => s.id)).toEqual([hostile, ...many.flat()].map((s) => s.id).reverse());
    const { receivedAt, ...last } = exported.at(-1);
    expect(last).toEqual(hostile);
    expect(Date.parse(receivedAt)).not.toBeNaN();
  });

  it('applies the filters', async () => {
    const surveyId = uniqueSurveyId();
    const [a, b] = [freshSubmission({ surveyId, partial: true }), freshSubmission({ surveyId, partial: false })];
    await postAnswers(collector.url, [a, b]);

    const body = (await get<string>(collector.url, `/v1/answers.jsonl?token=${TOKEN}&survey=${surveyId}&partial=true`)).body as string;

    expect(body.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual([a.id]);
  });
});
