import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { postAnswers, type Reply } from '../helpers/collector-client.js';
import { freshSubmission } from '../helpers/fresh-submission.js';
import { DEFAULT_FAKE_FOLLOW_UP, startFakeOpenAi, type FakeOpenAi } from '../fake-openai.js';

const KEY = 'sk-test-7f3a9c1e5b2d4a6f';
const ALLOWED = 'https://app.example.com';
const TIMEOUT_MS = 400;
const ANSWER = 'That it takes over the paperwork so I can leave work on time';
const probe = { questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', answer: ANSWER, locale: 'en-GB' };

let model: FakeOpenAi;
const llm = { baseUrl: '', model: 'fake-model-1', apiKey: KEY, timeoutMs: TIMEOUT_MS };
const logs: string[] = [];
beforeAll(async () => {
  model = await startFakeOpenAi();
  llm.baseUrl = model.baseUrl;
});
afterAll(() => model.close());
beforeEach(() => model.reset());

let withModel: RunningCollector;
let withoutModel: RunningCollector;
let limited: RunningCollector;
useTestCollectors(
  [
    { llm, origins: [ALLOWED], logger: { level: 'info', stream: { write: (line: string) => void logs.push(line) } } },
    { origins: [ALLOWED] },
    { llm, probeRateLimit: 3 },
  ],
  (_, [a, b, c]) => ((withModel = a!), (withoutModel = b!), (limited = c!)),
);

async function askProbe<T = any>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply<T> & { ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/probe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : text) as T, ms: performance.now() - started };
}

/** The collector still writes follow-ups after whatever came before. */
async function expectStillServing() {
  model.next({ content: DEFAULT_FAKE_FOLLOW_UP });
  expect((await askProbe(withModel.url, probe)).body).toEqual({ followUp: DEFAULT_FAKE_FOLLOW_UP });
}

describe('POST /v1/probe with a model', () => {
  it('answers the model’s follow-up, a question, asked with the key, the model name and the answer in its language', async () => {
    const reply = await askProbe(withModel.url, probe);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ followUp: DEFAULT_FAKE_FOLLOW_UP });
    expect(reply.body.followUp).toMatch(/^[^?]+\?$/);
    const [sent] = model.requests;
    expect(sent?.url).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent?.body.model).toBe('fake-model-1');
    expect(sent?.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(sent?.messages[0]?.content).toMatch(/ONE follow-up question/);
    expect(sent?.messages[1]?.content).toContain('"en-GB"');
    expect(sent?.messages[1]?.content).toContain(JSON.stringify(probe.prompt));
    expect(sent?.messages[1]?.content).toContain(JSON.stringify(ANSWER));
  });

  it('tidies the model’s text: wrapping quotes, a label and runs of whitespace', async () => {
    model.next({ content: '  Question: "What would leaving   on time\n make possible for you?"  ' });

    expect((await askProbe(withModel.url, probe)).body).toEqual({ followUp: 'What would leaving on time make possible for you?' });
  });

  it('passes a follow-up in the answer’s language and script through', async () => {
    model.next({ content: '「定時に帰れたら、何ができるようになりますか？」' });

    const reply = await askProbe(withModel.url, { ...probe, answer: '書類仕事を任せて定時に帰りたい', locale: 'ja' });

    expect(reply.body).toEqual({ followUp: '定時に帰れたら、何ができるようになりますか？' });
  });

  it('answers null within the timeout and a small margin when the model is slow, then serves the next', async () => {
    model.next({ delayMs: 3_000 });

    const reply = await askProbe(withModel.url, probe);

    expect(reply.body).toEqual({ followUp: null });
    expect(reply.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(reply.ms).toBeLessThan(TIMEOUT_MS + 400);
    await expectStillServing();
  });

  it.each([
    ['the model answers 500', { status: 500 }],
    ['the model answers 429', { status: 429 }],
    ['the reply is not JSON', { raw: '{"choices": [{"message": {"content": "What' }],
    ['the reply is JSON but no chat completion', { raw: '{"result":"What would that make possible?"}' }],
    ['the text is empty', { content: '   ' }],
    ['the text is not a question', { content: 'Tell me more about that.' }],
    ['the text holds two questions', { content: 'Why does that matter? And to whom?' }],
    ['the text holds markdown', { content: '**Why** does that matter to you?' }],
    ['the text holds a link', { content: 'Have you seen https://example.com/why?' }],
    ['the text is two sentences', { content: 'That sounds hard. What would change for you?' }],
    ['the text is too long', { content: `${'Why '.repeat(60)}?` }],
    ['the text is in another script than the answer', { content: 'What would that make possible for you?', answer: '书面工作交给人工智能，我就能准时下班' }],
  ])('answers null when %s, and keeps serving', async (_, scripted) => {
    const { answer, ...reply } = scripted as { answer?: string };
    model.next(reply);

    const result = await askProbe(withModel.url, { ...probe, ...(answer ? { answer } : {}) });

    expect(result.status).toBe(200);
    expect(result.body).toEqual({ followUp: null });
    await expectStillServing();
  });
});

describe('POST /v1/probe without a model', () => {
  it('answers null at once and calls nothing', async () => {
    const reply = await askProbe(withoutModel.url, probe);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ followUp: null });
    expect(reply.ms).toBeLessThan(200);
    expect(model.requests).toHaveLength(0);
  });
});

describe('POST /v1/probe with a bad body', () => {
  it.each([
    ['no answer', { ...probe, answer: undefined }, /answer: must be a string of 1 to 5000 characters/],
    ['an empty answer', { ...probe, answer: '' }, /answer: must be 1 to 5000 characters long/],
    ['an answer over 5000 characters', { ...probe, answer: 'a'.repeat(5_001) }, /answer: must be 1 to 5000 characters long/],
    ['a question id over 100 characters', { ...probe, questionId: 'q'.repeat(101) }, /questionId: must be 1 to 100 characters long/],
    ['a prompt that is a number', { ...probe, prompt: 42 }, /prompt: must be a string/],
    ['a one-letter locale', { ...probe, locale: 'e' }, /locale: must be 2 to 35 characters long/],
    ['an empty survey id', { ...probe, surveyId: '' }, /surveyId: must be 1 to 100 characters long/],
    ['an array', [probe], /\(body\): must be a JSON object/],
  ])('answers 400 naming the field for %s, and calls no model', async (_, body, message) => {
    const reply = await askProbe(withModel.url, body);

    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(message);
    expect(model.requests).toHaveLength(0);
    await expectStillServing();
  });

  it('answers 400 for a body that is not JSON, and for none', async () => {
    expect((await askProbe(withModel.url, '{"questionId":')).status).toBe(400);
    const empty = await fetch(`${withModel.url}/v1/probe`, { method: 'POST' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: expect.stringContaining('{ questionId, prompt, answer, locale }') });
  });
});

describe('POST /v1/probe and browsers', () => {
  it('lets an allowed origin ask, with CORS headers, after a preflight', async () => {
    const preflight = await fetch(`${withModel.url}/v1/probe`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const reply = await askProbe(withModel.url, probe, { origin: ALLOWED });

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('refuses a page from another origin with 403, before asking the model', async () => {
    const reply = await askProbe(withModel.url, probe, { origin: 'https://evil.example.net' });

    expect(reply.status).toBe(403);
    expect(reply.body.error).toMatch(/may not ask for follow-ups from this collector/);
    expect(model.requests).toHaveLength(0);
  });
});

describe('POST /v1/probe limits and secrets', () => {
  it('answers 429 with Retry-After past the per-client limit, while answers are still accepted', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await askProbe(limited.url, probe)).status);
    const refused = await askProbe(limited.url, probe);

    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.error).toMatch(/at most 3 a minute/);
    expect((await postAnswers(limited.url, freshSubmission())).status).toBe(200);
  });

  it('never puts the key or the answer in a reply or a log line, even when the model echoes the key', async () => {
    model.next({ status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}` } }) });
    const replies = [await askProbe(withModel.url, probe), await askProbe(withModel.url, { ...probe, answer: 2 })];

    for (const reply of replies) expect(JSON.stringify(reply.body) + [...reply.headers].join()).not.toContain(KEY);
    const logged = logs.join('');
    expect(logged).toContain('no model follow-up');
    expect(logged).toContain('model http 401');
    expect(logged).not.toContain(KEY);
    expect(logged).not.toContain(ANSWER);
  });
});
