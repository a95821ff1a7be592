import { afterAll, beforeAll } from 'vitest';
import { startCollector, type RunningCollector, type StartCollectorOptions } from '../../src/start-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { openTestStore } from './open-test-store.js';

type Options = Omit<StartCollectorOptions, 'store'>;

/**
 * Test collectors do not shed load on event-loop delay: on a loaded machine (CI's 2 cores running
 * the suites in parallel) a 1 s delay is ordinary, and a 503 there says nothing about the code under
 * test. traffic-limits.test.ts tests shedding with collectors of its own.
 */
const CALM = { loadShedding: { maxEventLoopDelayMs: 0 } };

/**
 * For one test file: opens the test store (embedded or Postgres, per CANDOR_TEST_STORE) before
 * its tests, starts one collector on it per set of options, hands them over, and closes all after.
 */
export function useTestCollectors(options: Options[], ready: (store: AnswerStore, collectors: RunningCollector[]) => void) {
  let store: AnswerStore | undefined;
  const collectors: RunningCollector[] = [];
  beforeAll(async () => {
    store = await openTestStore();
    for (const each of options) collectors.push(await startCollector({ ...CALM, ...each, store }));
    ready(store, collectors);
  });
  afterAll(async () => {
    for (const collector of collectors) await collector.close();
    await store?.close();
  });
}

/** The same, for one collector. */
export function useTestCollector(options: Options, ready: (store: AnswerStore, collector: RunningCollector) => void) {
  useTestCollectors([options], (store, [collector]) => ready(store, collector!));
}
