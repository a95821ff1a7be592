import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { backoffMs } from '../../src/delivery/retry-policy.js';
import { ENDPOINT } from '../helpers/collector-double.js';
import { useCollectorDouble, deliveryHarness, manualClock, submission } from '../helpers/delivery-harness.js';

const collector = useCollectorDouble();

const ids = () => collector.requests.map((r) => r.ids.join(','));

describe('batching', () => {
  it('sends several pending submissions in one request as a JSON array', async () => {
    const { delivery } = deliveryHarness({ config: { batchSize: 10 } });
    const all = [submission(), submission(), submission()];
    for (const s of all) await delivery.enqueue(s);
    expect((await delivery.flush()).delivered).toEqual(all.map((s) => s.id));
    expect(collector.requests).toEqual([{ ids: all.map((s) => s.id), batch: true }]);
  });

  it('retries a refused batch one by one, so one bad submission does not sink the rest', async () => {
    const [good, bad] = [submission('good'), submission('bad')];
    collector.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        const body = (await request.json()) as { id: string } | { id: string }[];
        const list = Array.isArray(body) ? body : [body];
        collector.requests.push({ ids: list.map((s) => s.id), batch: Array.isArray(body) });
        return list.some((s) => s.id === bad.id) ? HttpResponse.json({ error: 'no' }, { status: 422 }) : HttpResponse.json({});
      }),
    );
    const { delivery, named } = deliveryHarness({ config: { batchSize: 10 } });
    await delivery.enqueue(good);
    await delivery.enqueue(bad);
    expect((await delivery.flush()).delivered).toEqual([good.id]);
    expect(ids()).toEqual([`${good.id},${bad.id}`, good.id, bad.id]);
    expect(named('failed').map((f) => f.id)).toEqual([bad.id]);
  });
});

describe('tabs without Web Locks', () => {
  it('keep apart by leasing each record: two tabs flushing at once send each submission once', async () => {
    const tabA = deliveryHarness({ platform: { locks: () => undefined } });
    const tabB = deliveryHarness({ platform: { locks: () => undefined } });
    const all = Array.from({ length: 6 }, () => submission());
    for (const s of all) await tabA.delivery.enqueue(s);
    await Promise.all([tabA.delivery.flush(), tabB.delivery.flush()]);
    expect(collector.received.map((r) => r.submission.id).sort()).toEqual(all.map((s) => s.id).sort());
  });

  it('a lease left by a tab that died lapses, and another tab sends the record', async () => {
    const clock = manualClock();
    const tab = deliveryHarness({ platform: { locks: () => undefined, now: () => clock.now } });
    const s = submission();
    await tab.delivery.enqueue(s);
    expect(await tab.outbox.claim(s.id, 'a-tab-that-died', 60_000)).toMatchObject({ leaseOwner: 'a-tab-that-died' });
    expect(await tab.delivery.flush()).toEqual({ delivered: [], pending: 1 });
    clock.advance(60_001);
    expect(await tab.delivery.flush()).toEqual({ delivered: [s.id], pending: 0 });
  });
});

describe('caps', () => {
  it('14. refuse a submission over the byte cap, and keep the queue moving', async () => {
    const { delivery } = deliveryHarness();
    const huge = submission('😀'.repeat(20_000));
    expect(await delivery.enqueue(huge)).toEqual({ ok: false, refusal: { reason: 'too_large', bytes: expect.any(Number), limit: 60_000 } });
    const fine = submission();
    await delivery.enqueue(fine);
    expect((await delivery.flush()).delivered).toEqual([fine.id]);
  });

  it('refuse a new submission when the device queue is full, and say how full', async () => {
    const { delivery } = deliveryHarness({ config: { caps: { maxSubmissionBytes: 60_000, maxQueueCount: 2, maxQueueBytes: 2_000_000 } } });
    collector.state.offline = true;
    await delivery.enqueue(submission());
    await delivery.enqueue(submission());
    expect(await delivery.enqueue(submission())).toEqual({ ok: false, refusal: { reason: 'queue_full', count: 2, bytes: expect.any(Number) } });
    delivery.stop();
  });
});

describe('backoff', () => {
  it('grows exponentially with full jitter and a cap of five minutes', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, () => 0.999999))).toEqual([1999, 3999, 7999, 15999]);
    expect(backoffMs(30, () => 0.999999)).toBe(299_999);
    expect(backoffMs(3, () => 0)).toBe(0);
  });
});
