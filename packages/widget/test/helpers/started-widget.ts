import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { init, type CandorInstance, type CandorOptions } from '../../src/index.js';
import type { InitHooks } from '../../src/loader/init.js';
import { collectorDouble, ENDPOINT } from './collector-double.js';
import { clearOutbox } from './delivery-harness.js';

/**
 * For tests of the whole widget: a collector double, an empty outbox before each test, and the
 * widget each test starts (`start`), stopped after it, with the double and the mocks reset.
 */
export function startedWidget(defaults: Partial<CandorOptions> = {}) {
  const collector = collectorDouble();
  let instance: CandorInstance | undefined;
  beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => collector.server.close());
  beforeEach(clearOutbox);
  afterEach(() => {
    instance?.destroy();
    instance = undefined;
    collector.reset();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
  return {
    collector,
    start: (options: Record<string, unknown> = {}, hooks?: InitHooks) => (instance = init({ endpoint: ENDPOINT, product: 'Acme', ...defaults, ...options } as CandorOptions, hooks)),
    /** The widget the test started last. */
    candor: () => instance!,
  };
}
