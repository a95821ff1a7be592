import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli-args.js';
import { runCli } from './helpers/run-cli.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';

const KEY = 'sk-cli-test-5e6f7a8b';
const command = (argv: string[], env: Record<string, string> = {}) => parseCliArgs(argv, env);

describe('the command line’s model settings', () => {
  it('has no model, and no codebook of its own, by default', () => {
    expect(command([])).toMatchObject({ kind: 'run', options: expect.not.objectContaining({ llm: expect.anything(), codebook: expect.anything() }) });
  });

  it('reads the model from its variables, the key from CANDOR_LLM_API_KEY only, and a flag wins', () => {
    const env = { CANDOR_LLM_BASE_URL: 'https://api.example.com/v1', CANDOR_LLM_MODEL: 'small-1', CANDOR_LLM_API_KEY: KEY, CANDOR_LLM_TIMEOUT_MS: '1500', CANDOR_CODEBOOK: 'codebook.json', CANDOR_PROBE_RATE_LIMIT: '20' };

    expect(command([], env)).toEqual({
      kind: 'run',
      options: expect.objectContaining({ llm: { baseUrl: 'https://api.example.com/v1', model: 'small-1', apiKey: KEY, timeoutMs: 1500 }, codebook: 'codebook.json', probeRateLimit: 20 }),
    });
    expect(command(['--llm-model', 'big-2', '--llm-timeout', '900', '--probe-rate-limit', '5', '--codebook', 'mine.json'], env)).toMatchObject({
      options: { llm: { model: 'big-2', timeoutMs: 900 }, codebook: 'mine.json', probeRateLimit: 5 },
    });
    expect(command(['--llm-api-key', KEY])).toEqual({ kind: 'error', message: expect.stringMatching(/^unknown flag --llm-api-key/) });
  });

  it('defaults the follow-up timeout to 2500 ms and needs no key (a local model server)', () => {
    expect(command(['--llm-base-url', 'http://127.0.0.1:11434/v1', '--llm-model', 'llama3.1:8b'])).toMatchObject({
      options: { llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b', timeoutMs: 2500 } },
    });
  });

  it.each([
    [['--llm-base-url', 'https://api.example.com/v1'], {}, '--llm-base-url needs a model: set --llm-model (or CANDOR_LLM_MODEL), like gpt-4o-mini'],
    [[], { CANDOR_LLM_MODEL: 'm' }, 'CANDOR_LLM_MODEL needs a model server too: set --llm-base-url (or CANDOR_LLM_BASE_URL)'],
    [['--llm-base-url', 'api.example.com', '--llm-model', 'm'], {}, '--llm-base-url must be an http(s) URL like https://api.openai.com/v1; got "api.example.com"'],
    [['--llm-timeout', '50'], {}, '--llm-timeout must be a whole number from 100 to 9000; got "50"'],
    [['--llm-timeout', '9001'], {}, '--llm-timeout must be a whole number from 100 to 9000; got "9001"'],
    [['--llm-base-url', 'http://127.0.0.1:1/v1', '--llm-model', 'm', '--llm-timeout', '10000'], {}, '--llm-timeout must be a whole number from 100 to 9000; got "10000"'],
    [[], { CANDOR_LLM_BASE_URL: 'http://127.0.0.1:1/v1', CANDOR_LLM_MODEL: 'm', CANDOR_LLM_TIMEOUT_MS: '120000' }, 'CANDOR_LLM_TIMEOUT_MS must be a whole number from 100 to 9000; got "120000"'],
    [['--probe-rate-limit', '0'], {}, '--probe-rate-limit must be a whole number from 1 to 1000000; got "0"'],
  ])('refuses %j with one line naming the setting', (argv, env, message) => {
    expect(command(argv, env)).toEqual({ kind: 'error', message });
  });
});

describe('the built bin with a model', () => {
  let model: FakeOpenAi;
  beforeAll(async () => {
    model = await startFakeOpenAi({ followUp: 'What would that time give you?' });
  });
  afterAll(() => model.close());

  it('answers POST /v1/probe with the model’s follow-up, says so at start, and never prints the key', async () => {
    const env = { CANDOR_LLM_BASE_URL: model.baseUrl, CANDOR_LLM_MODEL: 'fake-small', CANDOR_LLM_API_KEY: KEY, CANDOR_LOG_LEVEL: 'debug' };
    const cli = await runCli(['--port', '0', '--db', ':memory:'], env);
    let reply: unknown;
    try {
      const response = await fetch(`${cli.url}/v1/probe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ questionId: 'hope', prompt: 'What would AI do for you?', answer: 'Free my evenings', locale: 'en' }),
      });
      reply = await response.json();
      model.next({ status: 401, body: `{"error":{"message":"bad key ${KEY}"}}` });
      await fetch(`${cli.url}/v1/probe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionId: 'hope', prompt: 'Q?', answer: 'A', locale: 'en' }) });
    } finally {
      expect(await cli.stop()).toBe(0);
    }

    expect(reply).toEqual({ followUp: 'What would that time give you?' });
    expect(model.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    const { stdout, stderr } = cli.output();
    expect(stdout).toMatch(/follow-ups: POST \/v1\/probe asks fake-small at 127\.0\.0\.1:\d+ \(timeout 2500 ms\)/);
    expect(stdout).toMatch(/codebook: the study's \(version study-2026-03\)/);
    expect(stdout).toContain('no model follow-up');
    expect(stdout + stderr).not.toContain(KEY);
  });
});
