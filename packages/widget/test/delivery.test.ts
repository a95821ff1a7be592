import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { createDelivery, backoffMs } from '../src/delivery.js';
import { createEmitter, type CandorEvents } from '../src/events.js';
import { createOutbox } from '../src/outbox.js';
import { browserPlatform } from '../src/platform.js';
import { collectorDouble, ENDPOINT } from './collector-double.js';
import { validSubmission } from '../../../test/fixtures/submission.js';

const collector = collectorDouble();
beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  collector.server.resetHandlers();
  collector.received.length = 0;
  collector.state.offline = false;
  collector.state.respond = () => HttpResponse.json({ stored: 1 });
});
afterAll(() => collector.server.close());

let n = 0;
const submission = () => validSubmission({ id: `3f0b8a52-4a8e-4c43-9a51-${String(++n).padStart(12, '0')}` });

function setup() {
  const events: { name: keyof CandorEvents; payload: unknown }[] = [];
  const emitter = createEmitter((e) => {
    throw e;
  });
  for (const name of ['queued', 'delivered', 'retrying', 'failed', 'storage_unavailable'] as const) {
    emitter.on(name, (payload) => events.push({ name, payload }));
  }
  const platform = browserPlatform({ random: () => 0.5 });
  const outbox = createOutbox(platform, (reason) => emitter.emit('storage_unavailable', { reason }));
  const delivery = createDelivery({ endpoint: ENDPOINT, requestTimeoutMs: 5000, outbox, platform, emitter, log: () => {} });
  return { delivery, outbox, events };
}

beforeEach(async () => {
  // An empty outbox for each test.
  const { clear, createStore } = await import('idb-keyval');
  await clear(createStore('candor', 'outbox'));
});

describe('the outbox and delivery', () => {
  it('write the submission to IndexedDB before the first send', async () => {
    const { delivery } = setup();
    let storedDuringSend: unknown[] = [];
    collector.server.use(
      http.post(ENDPOINT, async () => {
        storedDuringSend = await readIndexedDb();
        return HttpResponse.json({ stored: 1 });
      }),
    );
    const s = submission();
    await delivery.enqueue(s);
    await delivery.flush();
    expect(storedDuringSend).toEqual([expect.objectContaining({ id: s.id, state: 'pending', submission: s })]);
  });

  it('remove the submission only after the collector accepts it', async () => {
    const { delivery, events } = setup();
    const s = submission();
    await delivery.enqueue(s);
    expect(await delivery.flush()).toEqual({ delivered: [s.id], pending: 0 });
    expect(await readIndexedDb()).toEqual([]);
    expect(collector.received.map((r) => r.submission.id)).toEqual([s.id]);
    expect(events.map((e) => e.name)).toEqual(['queued', 'delivered']);
  });

  it('keep the submission when the network fails, and deliver it on the next flush', async () => {
    const { delivery, events } = setup();
    const s = submission();
    collector.state.offline = true;
    await delivery.enqueue(s);
    expect(await delivery.flush()).toEqual({ delivered: [], pending: 1 });
    expect(await readIndexedDb()).toEqual([expect.objectContaining({ id: s.id, attempts: 1 })]);
    expect(events.at(-1)).toMatchObject({ name: 'retrying', payload: { id: s.id, attempt: 1 } });

    collector.state.offline = false;
    expect(await delivery.flush({ ignoreBackoff: true })).toEqual({ delivered: [s.id], pending: 0 });
    delivery.stop();
  });

  it('keep the submission on a 503 and wait at least as long as Retry-After says', async () => {
    const { delivery, events } = setup();
    collector.state.respond = () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } });
    await delivery.enqueue(submission());
    await delivery.flush();
    expect(events.at(-1)).toMatchObject({ name: 'retrying', payload: { retryInMs: 120_000 } });
    // Not due yet: a plain flush leaves it alone.
    collector.state.respond = () => HttpResponse.json({ stored: 1 });
    expect(await delivery.flush()).toEqual({ delivered: [], pending: 1 });
    delivery.stop();
  });

  it('move a submission the collector rejects for good to the dead letters, raise one failed event, and go on with the rest', async () => {
    const { delivery, outbox, events } = setup();
    const bad = submission();
    const good = submission();
    collector.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        const body = (await request.json()) as { id: string };
        return body.id === bad.id ? HttpResponse.json({ error: 'locale: too short' }, { status: 422 }) : HttpResponse.json({});
      }),
    );
    await delivery.enqueue(bad);
    await delivery.enqueue(good);
    expect(await delivery.flush()).toEqual({ delivered: [good.id], pending: 0 });
    expect((await outbox.list('dead')).map((r) => r.id)).toEqual([bad.id]);
    expect(events.filter((e) => e.name === 'failed')).toEqual([
      { name: 'failed', payload: expect.objectContaining({ id: bad.id, status: 422, reason: 'the collector answered 422: locale: too short' }) },
    ]);
  });

  it('send the oldest first', async () => {
    const { delivery } = setup();
    const first = submission();
    const second = submission();
    await delivery.enqueue(first);
    await new Promise((r) => setTimeout(r, 5));
    await delivery.enqueue(second);
    await delivery.flush();
    expect(collector.received.map((r) => r.submission.id)).toEqual([first.id, second.id]);
  });

  it('never send one submission twice when flushes overlap', async () => {
    const { delivery } = setup();
    await delivery.enqueue(submission());
    await delivery.enqueue(submission());
    await Promise.all([delivery.flush(), delivery.flush(), delivery.flush()]);
    expect(collector.received).toHaveLength(2);
  });

  it('fall back to memory when IndexedDB is missing, say so, and still deliver', async () => {
    const events: string[] = [];
    const emitter = createEmitter(() => {});
    emitter.on('storage_unavailable', ({ reason }) => events.push(reason));
    const platform = browserPlatform({ indexedDB: () => undefined });
    const outbox = createOutbox(platform, (reason) => emitter.emit('storage_unavailable', { reason }));
    const delivery = createDelivery({ endpoint: ENDPOINT, requestTimeoutMs: 5000, outbox, platform, emitter, log: () => {} });
    const s = submission();
    await delivery.enqueue(s);
    expect(outbox.kind()).toBe('memory');
    expect(await delivery.flush()).toEqual({ delivered: [s.id], pending: 0 });
    expect(events).toEqual(['IndexedDB is not available in this browser']);
  });

  it('fall back to memory when an IndexedDB write throws', async () => {
    const events: string[] = [];
    const emitter = createEmitter(() => {});
    emitter.on('storage_unavailable', ({ reason }) => events.push(reason));
    const outbox = createOutbox(browserPlatform(), (reason) => emitter.emit('storage_unavailable', { reason }));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      const s = submission();
      await outbox.put({ id: s.id, submission: s, bytes: 1, createdAt: 1, attempts: 0, nextAttemptAt: 0, state: 'pending' });
      expect(outbox.kind()).toBe('memory');
      expect((await outbox.list('pending')).map((r) => r.id)).toEqual([s.id]);
      expect(events).toEqual(['IndexedDB failed: QuotaExceededError: quota']);
    } finally {
      put.mockRestore();
    }
  });
});

describe('backoff', () => {
  it('grows exponentially with full jitter and a cap of five minutes', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, () => 0.999999))).toEqual([1999, 3999, 7999, 15999]);
    expect(backoffMs(30, () => 0.999999)).toBe(299_999);
    expect(backoffMs(3, () => 0)).toBe(0);
  });
});

async function readIndexedDb(): Promise<unknown[]> {
  const { createStore, values } = await import('idb-keyval');
  return values(createStore('candor', 'outbox'));
}

describe('a forced flush (page load, back online)', () => {
  it('sends what waits out a backoff, but not before a time the collector set', async () => {
    const { delivery } = setup();
    const backedOff = submission();
    const told = submission();
    collector.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        const { id } = (await request.json()) as { id: string };
        return id === told.id ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '600' } }) : new HttpResponse(null, { status: 500 });
      }),
    );
    await delivery.enqueue(backedOff);
    await delivery.enqueue(told);
    await delivery.flush();
    collector.server.resetHandlers();
    collector.received.length = 0;
    expect(await delivery.flush({ ignoreBackoff: true })).toEqual({ delivered: [backedOff.id], pending: 1 });
    delivery.stop();
  });
});
