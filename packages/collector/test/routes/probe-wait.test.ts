import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli-args.js';
import { parseCollectorOptions, DEFAULT_PROBE_TIMEOUT_MS } from '../../src/options/collector-options.js';
import { startCollector, type RunningCollector } from '../../src/start-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { openTestStore } from '../helpers/open-test-store.js';
import { startFakeOpenAi, type FakeOpenAi } from '../fake-openai.js';

/** What the widget waits for POST /v1/probe before asking its fixed probe (FOLLOW_UP_WAIT_MS). */
const WIDGET_WAIT_MS = 10_000;
const FOLLOW_UP = 'What would that time give you?';
const probe = { questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', answer: 'Give me my evenings back', locale: 'en' };

let model: FakeOpenAi;
let store: AnswerStore;
beforeAll(async () => {
  model = await startFakeOpenAi({ followUp: FOLLOW_UP });
  store = await openTestStore();
});
afterAll(async () => {
  await model.close();
  await store.close();
});

async function askProbe(url: string): Promise<{ body: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/probe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(probe), signal: AbortSignal.timeout(WIDGET_WAIT_MS) });
  return { body: await response.json(), ms: performance.now() - started };
}

async function withCollector(argv: string[], run: (collector: RunningCollector) => Promise<void>) {
  const command = parseCliArgs(['--llm-base-url', model.baseUrl, '--llm-model', 'slow-model', ...argv]);
  if (command.kind !== 'run') throw new Error(JSON.stringify(command));
  const collector = await startCollector({ store, llm: command.options.llm, loadShedding: { maxEventLoopDelayMs: 0 } });
  try {
    await run(collector);
  } finally {
    await collector.close();
  }
}

describe('the follow-up wait: the collector’s --llm-timeout governs', () => {
  it(`returns a follow-up the model writes in 2.3 s at the default timeout (${DEFAULT_PROBE_TIMEOUT_MS} ms)`, async () => {
    await withCollector([], async (collector) => {
      model.next({ delayMs: 2_300 });
      const reply = await askProbe(collector.url);

      expect(reply.body).toEqual({ followUp: FOLLOW_UP });
      expect(reply.ms).toBeGreaterThanOrEqual(2_250);
    });
  });

  it('returns a follow-up the model writes in 5 s with --llm-timeout 6000, well before the widget gives up', async () => {
    await withCollector(['--llm-timeout', '6000'], async (collector) => {
      model.next({ delayMs: 5_000 });
      const reply = await askProbe(collector.url);

      expect(reply.body).toEqual({ followUp: FOLLOW_UP });
      expect(reply.ms).toBeLessThan(WIDGET_WAIT_MS);
    });
  });

  it('answers { followUp: null } at its timeout when the model is later, inside the widget’s wait', async () => {
    await withCollector(['--llm-timeout', '1000'], async (collector) => {
      model.next({ delayMs: 3_000 });
      const reply = await askProbe(collector.url);

      expect(reply.body).toEqual({ followUp: null });
      expect(reply.ms).toBeLessThan(1_000 + 500);
    });
  });

  it('refuses a timeout over 9,000 ms, naming it, so the widget’s 10 s wait always covers it', () => {
    expect(() => parseCollectorOptions({ llm: { baseUrl: 'http://127.0.0.1:1/v1', model: 'm', timeoutMs: 9_001 } })).toThrow(
      'llm.timeoutMs must be a whole number from 100 to 9000; got 9001',
    );
    expect(parseCliArgs(['--llm-timeout', '9500'])).toEqual({ kind: 'error', message: '--llm-timeout must be a whole number from 100 to 9000; got "9500"' });
  });
});
