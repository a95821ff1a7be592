import { describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { backoffMs } from '../../src/delivery/retry-policy.js';
import { ENDPOINT } from '../helpers/collector-double.js';
import { useCollectorDouble, deliveryHarness, manualClock, readOutbox, submission } from '../helpers/delivery-harness.js';

const collector = useCollectorDouble();

const ids = () => collector.requests.map((r) => r.ids.join(','));

describe('the outbox', () => {
  it('holds the submission in IndexedDB before the first send', async () => {
    const { delivery } = deliveryHarness();
    let storedDuringSend: unknown[] = [];
    collector.server.use(
      http.post(ENDPOINT, async () => {
        storedDuringSend = await readOutbox();
        return HttpResponse.json({});
      }),
    );
    const s = submission();
    await delivery.enqueue(s);
    await delivery.flush();
    expect(storedDuringSend).toEqual([expect.objectContaining({ id: s.id, state: 'pending', attempts: 0, bytes: JSON.stringify(s).length })]);
  });

  it('lets go of it only after a 2xx', async () => {
    const { delivery, events } = deliveryHarness();
    const s = submission();
    await delivery.enqueue(s);
    expect(await delivery.flush()).toEqual({ delivered: [s.id], pending: 0 });
    expect(await readOutbox()).toEqual([]);
    expect(events.map((e) => e.name)).toEqual(['queued', 'delivered']);
  });

  it('sends the oldest first', async () => {
    const clock = manualClock();
    const { delivery } = deliveryHarness({ platform: { now: () => clock.now } });
    const [first, second] = [submission(), submission()];
    await delivery.enqueue(first);
    clock.advance(1);
    await delivery.enqueue(second);
    await delivery.flush();
    expect(ids()).toEqual([first.id, second.id]);
  });

  it('sends nothing twice when flushes overlap in one tab', async () => {
    const { delivery } = deliveryHarness();
    await delivery.enqueue(submission());
    await delivery.enqueue(submission());
    await Promise.all([delivery.flush(), delivery.flush(), delivery.flush()]);
    expect(collector.received).toHaveLength(2);
  });

  it('counts what is pending, dead and in flight', async () => {
    const { delivery } = deliveryHarness();
    collector.state.offline = true;
    await delivery.enqueue(submission());
    await delivery.flush();
    expect(await delivery.stats()).toEqual({ pending: 1, deadLetter: 0, inFlight: 0, dropped: 0 });
    delivery.stop();
  });
});

describe('retries', () => {
  it('1. offline at submit, online ten minutes later: delivered once', async () => {
    const clock = manualClock();
    const { delivery, named } = deliveryHarness({ platform: { now: () => clock.now, online: () => false } });
    collector.state.offline = true;
    const s = submission();
    await delivery.enqueue(s);
    expect(await delivery.flush()).toEqual({ delivered: [], pending: 1 });
    expect(named('retrying')).toEqual([expect.objectContaining({ id: s.id, attempt: 0, reason: expect.stringMatching(/^network error/) })]);
    clock.advance(10 * 60_000);
    collector.state.offline = false;
    expect(await delivery.flush({ ignoreBackoff: true })).toEqual({ delivered: [s.id], pending: 0 });
    expect(collector.stored.size).toBe(1);
    expect(ids()).toEqual([s.id]);
  });

  it('2. the collector stores it but the connection drops before the reply: retried with the same id, stored once', async () => {
    let calls = 0;
    collector.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        const body = (await request.json()) as { id: string };
        collector.stored.set(body.id, body as never);
        collector.requests.push({ ids: [body.id], batch: false });
        return ++calls === 1 ? HttpResponse.error() : HttpResponse.json({ duplicates: 1 });
      }),
    );
    const { delivery } = deliveryHarness();
    const s = submission();
    await delivery.enqueue(s);
    await delivery.flush();
    await delivery.flush({ ignoreBackoff: true });
    expect(ids()).toEqual([s.id, s.id]);
    expect(collector.stored.size).toBe(1);
    expect(await readOutbox()).toEqual([]);
  });

  it('a submission whose send is under way when the page goes is still handed to the beacon (that request dies with the page)', async () => {
    let reached!: () => void;
    const sending = new Promise<void>((resolve) => (reached = resolve));
    collector.server.use(
      http.post(ENDPOINT, async () => {
        reached();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const { delivery } = deliveryHarness();
    const s = submission();
    await delivery.enqueue(s);
    void delivery.flush({ ignoreBackoff: true });
    await sending;
    expect((await delivery.stats()).inFlight).toBe(1);
    expect(delivery.snapshot().map((r) => r.id)).toEqual([s.id]);
    delivery.stop();
  });

  it('3. a request that hangs is aborted and retried, and one id is never in flight twice', async () => {
    let open = 0;
    let most = 0;
    let calls = 0;
    collector.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        open++;
        most = Math.max(most, open);
        request.signal.addEventListener('abort', () => open--);
        if (++calls === 1) await delay('infinite');
        open--;
        return HttpResponse.json({});
      }),
    );
    const { delivery, named } = deliveryHarness({ config: { send: { endpoint: ENDPOINT, timeoutMs: 300 } } });
    const s = submission();
    await delivery.enqueue(s);
    const flushes = [delivery.flush(), delivery.flush({ ignoreBackoff: true })];
    await Promise.all(flushes);
    expect(named('retrying')).toEqual([expect.objectContaining({ reason: 'no answer within 300 ms' })]);
    expect(await delivery.flush({ ignoreBackoff: true })).toMatchObject({ pending: 0 });
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
  });

  it('4. 503 three times, then 200: four requests with one id, with growing gaps within the jitter bounds', async () => {
    const clock = manualClock();
    let calls = 0;
    collector.state.respond = () => (++calls <= 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({}));
    const { delivery, named } = deliveryHarness({ platform: { now: () => clock.now, random: () => 0.999 } });
    const s = submission();
    await delivery.enqueue(s);
    for (let i = 0; i < 4; i++) {
      await delivery.flush();
      const wait = named('retrying').at(-1)?.retryInMs ?? 0;
      clock.advance(wait - 1);
      expect((await delivery.flush()).delivered).toEqual([]); // not due a millisecond early
      clock.advance(1);
    }
    expect(ids()).toEqual([s.id, s.id, s.id, s.id]);
    const gaps = named('retrying').map((r) => r.retryInMs);
    expect(gaps).toEqual([1998, 3996, 7992]);
    gaps.forEach((gap, i) => expect(gap).toBeLessThan(2000 * 2 ** i));
    expect(named('delivered')).toEqual([{ id: s.id, status: 200 }]);
  });

  it.each([
    ['120', 120_000],
    ['Fri, 27 Nov 2026 10:05:00 GMT', 300_000],
    ['999999', 3_600_000],
  ])('5. 429 with Retry-After %s: no retry before %i ms, even when forced', async (header, wait) => {
    const clock = manualClock(Date.parse('2026-11-27T10:00:00Z'));
    collector.state.respond = () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': header } });
    const { delivery, named } = deliveryHarness({ platform: { now: () => clock.now } });
    await delivery.enqueue(submission());
    await delivery.flush();
    expect(named('retrying')[0]!.retryInMs).toBe(wait);
    collector.state.respond = () => HttpResponse.json({});
    clock.advance(wait - 1);
    expect(await delivery.flush({ ignoreBackoff: true })).toEqual({ delivered: [], pending: 1 });
    clock.advance(1);
    expect(await delivery.flush()).toMatchObject({ pending: 0 });
  });

  it('5. 429 with an unreadable Retry-After ("abc") falls back to backoff', async () => {
    collector.state.respond = () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': 'abc' } });
    const { delivery, named } = deliveryHarness({ platform: { random: () => 0.5 } });
    await delivery.enqueue(submission());
    await delivery.flush();
    expect(named('retrying')[0]!.retryInMs).toBe(backoffMs(1, () => 0.5));
    delivery.stop();
  });

  it.each([400, 413, 422])('6. %i: not retried, dead-lettered with one failed event, and later submissions still go', async (status) => {
    const [bad, good] = [submission('bad'), submission('good')];
    collector.server.use(
      http.post(ENDPOINT, async ({ request }) => {
        const { id } = (await request.json()) as { id: string };
        collector.requests.push({ ids: [id], batch: false });
        return id === bad.id ? HttpResponse.json({ error: 'answers[0].text: too long' }, { status }) : HttpResponse.json({});
      }),
    );
    const { delivery, outbox, named } = deliveryHarness();
    await delivery.enqueue(bad);
    await delivery.enqueue(good);
    expect(await delivery.flush({ ignoreBackoff: true })).toEqual({ delivered: [good.id], pending: 0 });
    await delivery.flush({ ignoreBackoff: true });
    expect(ids()).toEqual([bad.id, good.id]);
    expect((await outbox.list('dead')).map((r) => r.id)).toEqual([bad.id]);
    expect(named('failed')).toEqual([
      { id: bad.id, status, reason: `the collector answered ${status}: answers[0].text: too long`, submission: bad },
    ]);
    expect(await delivery.stats()).toEqual({ pending: 0, deadLetter: 1, inFlight: 0, dropped: 0 });
  });

  it('7. a collector that cannot be reached (no CORS headers look the same): bounded retries, then failed with the reason', async () => {
    collector.state.offline = true;
    const { delivery, named } = deliveryHarness({ config: { limits: { maxAttempts: 3, maxAgeDays: 30 } } });
    const s = submission();
    await delivery.enqueue(s);
    for (let i = 0; i < 5; i++) await delivery.flush({ ignoreBackoff: true });
    expect(named('retrying').map((r) => r.attempt)).toEqual([1, 2]);
    expect(named('failed')).toEqual([
      expect.objectContaining({ id: s.id, reason: expect.stringMatching(/^gave up after 3 attempts: network error \(offline, or the collector refused the connection or CORS\)/) }),
    ]);
    expect(await delivery.stats()).toEqual({ pending: 0, deadLetter: 1, inFlight: 0, dropped: 0 });
  });

  it('9. when the clock jumps past the age limit, expired submissions raise failed and are not sent', async () => {
    const clock = manualClock();
    const { delivery, named } = deliveryHarness({ platform: { now: () => clock.now }, config: { limits: { maxAttempts: 25, maxAgeDays: 30 } } });
    collector.state.offline = true;
    const s = submission();
    await delivery.enqueue(s);
    await delivery.flush();
    collector.state.offline = false;
    clock.advance(31 * 86_400_000);
    expect(await delivery.flush({ ignoreBackoff: true })).toEqual({ delivered: [], pending: 0 });
    expect(collector.received).toEqual([]);
    expect(named('failed')).toEqual([expect.objectContaining({ id: s.id, reason: expect.stringMatching(/^expired: not delivered within 30 days/) })]);
  });
});
