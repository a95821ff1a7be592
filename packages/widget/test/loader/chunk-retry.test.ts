import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { collectorDouble, ENDPOINT } from '../helpers/collector-double.js';
import { clearOutbox } from '../helpers/delivery-harness.js';

// The delivery code fails to load once (a flaky network), then loads.
const failures = vi.hoisted(() => ({ left: 1 }));
vi.mock('../../src/loader/load-chunks.js', async (original) => {
  const real = await original<typeof import('../../src/loader/load-chunks.js')>();
  return {
    ...real,
    loadDelivery: () => (failures.left-- > 0 ? Promise.reject(new Error('could not load candor-delivery.js')) : real.loadDelivery()),
  };
});

const { init } = await import('../../src/index.js');
const collector = collectorDouble();
beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
afterEach(collector.reset);
afterAll(() => collector.server.close());

describe('when the delivery code fails to load', () => {
  it('is fetched again on the next trigger, and what waited is delivered', async () => {
    await clearOutbox();
    const { validSubmission } = await import('../../../../test/fixtures/submission.js');
    const { createStore, set } = await import('idb-keyval');
    const waiting = validSubmission({ id: crypto.randomUUID() });
    await set(waiting.id, { id: waiting.id, submission: waiting, bytes: 1, createdAt: Date.now(), attempts: 0, nextAttemptAt: 0, state: 'pending' }, createStore('candor', 'outbox'));
    localStorage.setItem('candor:pending', '1');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});

    const candor = init({ endpoint: ENDPOINT, trigger: 'manual' });
    await waitFor(() => expect(error).toHaveBeenCalledWith('[candor]', expect.objectContaining({ message: 'could not load candor-delivery.js' })));
    expect(collector.received).toEqual([]);

    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(collector.received.map((r) => r.submission.id)).toEqual([waiting.id]));
    candor.destroy();
  });
});
