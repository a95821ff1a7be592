import { afterAll, beforeAll } from 'vitest';
import { startCollector, type RunningCollector, type StartCollectorOptions } from '../../src/start-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { openTestStore } from './open-test-store.js';

/**
 * For one test file: opens the test store (embedded or Postgres, per CANDOR_TEST_STORE) before
 * its tests, starts a collector on it with these options, hands both over, and closes them after.
 */
export function useTestCollector(options: Omit<StartCollectorOptions, 'store'>, ready: (store: AnswerStore, collector: RunningCollector) => void) {
  let store: AnswerStore | undefined;
  let collector: RunningCollector | undefined;
  beforeAll(async () => {
    store = await openTestStore();
    collector = await startCollector({ ...options, store });
    ready(store, collector);
  });
  afterAll(async () => {
    await collector?.close();
    await store?.close();
  });
}
