import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectorDouble } from '../helpers/collector-double.js';
import { clearOutbox, deliveryHarness, readOutbox, submission } from '../helpers/delivery-harness.js';

const collector = collectorDouble();
beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
beforeEach(clearOutbox);
afterEach(() => {
  collector.reset();
  vi.restoreAllMocks();
});
afterAll(() => collector.server.close());

/** 8. Whatever IndexedDB does, the answer is delivered, storage_unavailable is raised once, and nothing throws. */
describe('storage faults', () => {
  async function deliversFromMemory(harness: ReturnType<typeof deliveryHarness>) {
    const s = submission();
    expect(await harness.delivery.enqueue(s)).toMatchObject({ ok: true, storage: 'memory' });
    expect(await harness.delivery.flush()).toEqual({ delivered: [s.id], pending: 0 });
    expect(collector.stored.has(s.id)).toBe(true);
    return harness.named('storage_unavailable').map((e) => e.reason);
  }

  it('IndexedDB missing', async () => {
    const reasons = await deliversFromMemory(deliveryHarness({ platform: { indexedDB: () => undefined } }));
    expect(reasons).toEqual(['IndexedDB is not available in this browser']);
  });

  it('open() throws (private modes)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    });
    const reasons = await deliversFromMemory(deliveryHarness());
    expect(reasons).toEqual(['IndexedDB failed: InvalidStateError: The user denied permission to access the database.']);
  });

  it('open() never settles (the Safari bug): bounded by a timeout', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const started = Date.now();
    const reasons = await deliversFromMemory(deliveryHarness({ outbox: { timeoutMs: 200 } }));
    expect(reasons).toEqual(['IndexedDB failed: Error: no answer within 200 ms']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a write throws QuotaExceededError', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const reasons = await deliversFromMemory(deliveryHarness());
    expect(reasons).toEqual(['IndexedDB failed: QuotaExceededError: The quota has been exceeded.']);
  });

  it('the connection closes mid-session: IndexedDB is reopened, and what memory held moves back into it', async () => {
    const harness = deliveryHarness({ outbox: { retryAfterMs: 0 } });
    collector.state.offline = true;
    await harness.delivery.enqueue(submission('before'));
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const during = submission('during');
    expect(await harness.delivery.enqueue(during)).toMatchObject({ ok: true }); // the failing call fell back to memory
    transaction.mockRestore();
    await harness.delivery.enqueue(submission('after')); // works again, and moves `during` in
    expect((await readOutbox()).map((r) => r.id)).toContain(during.id);
    expect(await readOutbox()).toHaveLength(3);
    expect(harness.named('storage_unavailable')).toEqual([{ reason: 'IndexedDB failed: InvalidStateError: The database connection is closing.' }]);
    collector.state.offline = false;
    expect(await harness.delivery.flush({ ignoreBackoff: true })).toMatchObject({ pending: 0 });
    expect(collector.stored.size).toBe(3);
  });
});
