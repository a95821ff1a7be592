import { createDelivery, type DeliveryConfig } from '../../src/delivery/delivery.js';
import { createEmitter, type CandorEvents } from '../../src/runtime/events.js';
import { createFlushLock } from '../../src/delivery/flush-lock.js';
import { createOutbox, type OutboxConfig } from '../../src/delivery/outbox.js';
import { deliveryPlatform, type DeliveryPlatform as Platform } from '../../src/delivery/delivery-platform.js';
import { browserPlatform } from '../../src/platform/platform.js';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { collectorDouble, ENDPOINT } from './collector-double.js';
import { validSubmission } from '../../../../test/fixtures/submission.js';

let n = 0;
/** A valid submission with a fresh id. */
export const submission = (text = 'hello') =>
  validSubmission({ id: `3f0b8a52-4a8e-4c43-9a51-${String(++n).padStart(12, '0')}`, answers: [{ questionId: 'hope', prompt: 'Q?', text }] });

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-11-27T10:00:00Z')) {
  const clock = { now: start, advance: (ms: number) => (clock.now += ms) };
  return clock;
}

export type RecordedEvent = { [K in keyof CandorEvents]: { name: K; payload: CandorEvents[K] } }[keyof CandorEvents];

/** A delivery over the fake IndexedDB and the msw collector, recording every event it raises. */
export function deliveryHarness(
  over: { platform?: Partial<Platform>; outbox?: OutboxConfig; config?: Partial<Omit<DeliveryConfig, 'platform' | 'outbox' | 'emitter'>> } = {},
) {
  const events: RecordedEvent[] = [];
  const emitter = createEmitter((e) => {
    throw e;
  });
  for (const name of ['queued', 'delivered', 'retrying', 'failed', 'storage_unavailable'] as const) {
    emitter.on(name, (payload) => events.push({ name, payload } as RecordedEvent));
  }
  const platform = deliveryPlatform(browserPlatform({ random: () => 0.5, ...over.platform }));
  const outbox = createOutbox(platform, (reason) => emitter.emit('storage_unavailable', { reason }), over.outbox);
  const delivery = createDelivery({
    send: { endpoint: ENDPOINT, timeoutMs: 5000 },
    batchSize: 1,
    limits: { maxAttempts: 25, maxAgeDays: 30 },
    caps: { maxSubmissionBytes: 60_000, maxQueueCount: 100, maxQueueBytes: 2_000_000 },
    lock: createFlushLock(platform),
    log: () => {},
    ...over.config,
    outbox,
    platform,
    emitter,
  });
  const named = <K extends keyof CandorEvents>(name: K): CandorEvents[K][] =>
    events.filter((e) => e.name === name).map((e) => e.payload as CandorEvents[K]);
  return { delivery, outbox, events, named, platform };
}

/** Empties the outbox in the fake IndexedDB. */
export async function clearOutbox() {
  const { clear, createStore } = await import('idb-keyval');
  await clear(createStore('candor', 'outbox'));
}

export async function readOutbox(): Promise<{ id: string; state: string; attempts: number }[]> {
  const { createStore, values } = await import('idb-keyval');
  return values(createStore('candor', 'outbox'));
}

/**
 * For one test file: the msw collector listens, each test starts with an empty outbox and a
 * collector that accepts everything, and the server closes at the end.
 */
export function useCollectorDouble() {
  const collector = collectorDouble();
  beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(clearOutbox);
  afterEach(collector.reset);
  afterAll(() => collector.server.close());
  return collector;
}
