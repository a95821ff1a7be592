import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { get, postAnswers } from '../helpers/collector-client.js';
import { freshSubmission } from '../helpers/fresh-submission.js';

let collector: RunningCollector;
const TOKEN = 'nul-token';
const auth = { authorization: `Bearer ${TOKEN}` };

useTestCollector({ adminToken: TOKEN }, (_, c) => (collector = c));

/** Every read, with the parameters it filters by. */
const READS: [string, string[]][] = [
  ['/v1/answers', ['q', 'survey', 'locale', 'question']],
  ['/v1/answers/counts', ['q', 'survey', 'locale', 'question']],
  ['/v1/answers.csv', ['q', 'survey', 'locale', 'question']],
  ['/v1/answers.jsonl', ['q', 'survey', 'locale', 'question']],
  ['/v1/overview', ['q', 'survey', 'locale', 'question', 'version', 'metaKey']],
  ['/v1/facets', ['q', 'survey', 'locale', 'question', 'version', 'metaKey']],
  ['/v1/submissions.csv', ['q', 'survey', 'locale', 'question', 'version', 'metaKey']],
  ['/v1/themes/breakdown?question=hope', ['q', 'survey', 'locale', 'key']],
  ['/v1/themes', ['q', 'survey', 'surveyId', 'questionId', 'locale']],
  ['/v1/themes.csv', ['q', 'survey', 'locale']],
  ['/v1/themes/answers?questionId=hope&theme=x', ['q', 'survey', 'locale']],
  ['/v1/themes/answers?theme=x', ['questionId']],
  ['/v1/themes/answers?questionId=hope', ['theme']],
  ['/v1/quotes', ['q', 'survey', 'locale']],
  ['/v1/quotes.json', ['q', 'survey', 'locale']],
  ['/v1/quotes.csv', ['q', 'survey', 'locale']],
];

describe('a NUL byte (%00) in a query parameter', () => {
  it.each(READS.flatMap(([path, names]) => names.map((name) => [path, name] as const)))('GET %s answers 400 naming "%s"', async (path, name) => {
    const url = `${path}${path.includes('?') ? '&' : '?'}${name}=a%00b`;
    const reply = await get<{ error: string }>(collector.url, url, auth);

    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ error: expect.stringContaining(`"${name}" query parameter must not contain a NUL character`) });
  });

  it('leaves the collector serving', async () => {
    expect((await get(collector.url, '/v1/answers?q=%00', auth)).status).toBe(400);
    expect((await get(collector.url, '/v1/answers?q=ok', auth)).status).toBe(200);
  });
});

describe('a NUL byte in a path or a submission field the database indexes', () => {
  it('POST /v1/quotes/:id/:question with a NUL in the question answers 400 naming it', async () => {
    const response = await fetch(`${collector.url}/v1/quotes/${crypto.randomUUID()}/a%00b`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'approved' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('"questionId" in the path must not contain a NUL character');
  });

  it.each([
    ['surveyId', { surveyId: 'a\u0000b' }],
    ['surveyVersion', { surveyVersion: 'v\u0000' }],
    ['locale', { locale: 'en\u0000' }],
  ])('POST /v1/answers with a NUL in %s answers 422 naming it, and stores nothing', async (field, over) => {
    const reply = await postAnswers<{ error: string }>(collector.url, freshSubmission(over));

    expect(reply.status).toBe(422);
    expect(reply.body.error).toContain(`${field}: must not contain a NUL character`);
  });
});
