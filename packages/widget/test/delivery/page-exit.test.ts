import { describe, expect, it } from 'vitest';
import { BEACON_BUDGET_BYTES, createPageExitSender } from '../../src/delivery/page-exit.js';
import type { OutboxRecord } from '../../src/delivery/outbox.js';
import { deliveryPlatform } from '../../src/delivery/delivery-platform.js';
import { browserPlatform } from '../../src/platform/platform.js';
import { ENDPOINT } from '../helpers/collector-double.js';
import { submission } from '../helpers/delivery-harness.js';

const record = (text: string): OutboxRecord => {
  const s = submission(text);
  return { id: s.id, submission: s, bytes: JSON.stringify(s).length, createdAt: 0, attempts: 0, nextAttemptAt: 0, state: 'pending' };
};

function beaconSpy(accept = () => true) {
  const sent: { url: string; type: string; body: string }[] = [];
  const pending: Promise<void>[] = [];
  const beacon = (url: string, data: Blob) => {
    pending.push(data.text().then((body) => void sent.push({ url, type: data.type, body })));
    return accept();
  };
  return { sent, beacon, settled: () => Promise.all(pending) };
}

describe('at page exit', () => {
  it('hands pending submissions to sendBeacon as text/plain JSON, each at most once per page', async () => {
    const spy = beaconSpy();
    const records = [record('one'), record('two')];
    const exit = createPageExitSender({ endpoint: ENDPOINT, platform: deliveryPlatform(browserPlatform({ sendBeacon: () => spy.beacon })), snapshot: () => records, log: () => {} });
    expect(exit()).toBe(2);
    expect(exit()).toBe(0); // visibilitychange then pagehide: no second copy
    await spy.settled();
    expect(spy.sent.map((b) => [b.url, b.type, JSON.parse(b.body).id])).toEqual(records.map((r) => [ENDPOINT, 'text/plain', r.id]));
  });

  it('13. with thirty pending, stays within the 64 KB in-flight limit and leaves the rest for the next load', async () => {
    const spy = beaconSpy();
    const records = Array.from({ length: 30 }, (_, i) => record(`${i} `.padEnd(4000, 'x')));
    const exit = createPageExitSender({ endpoint: ENDPOINT, platform: deliveryPlatform(browserPlatform({ sendBeacon: () => spy.beacon })), snapshot: () => records, log: () => {} });
    const sent = exit();
    await spy.settled();
    const bytes = spy.sent.reduce((sum, b) => sum + new TextEncoder().encode(b.body).length, 0);
    expect(sent).toBeGreaterThan(10);
    expect(sent).toBeLessThan(30);
    expect(bytes).toBeLessThanOrEqual(BEACON_BUDGET_BYTES);
    expect(spy.sent.map((b) => JSON.parse(b.body).id)).toEqual(records.slice(0, sent).map((r) => r.id));
  });

  it('counts what the last few seconds already handed over (visibilitychange, then pagehide)', async () => {
    const spy = beaconSpy();
    const records = Array.from({ length: 30 }, (_, i) => record(`${i} `.padEnd(4000, 'x')));
    const exit = createPageExitSender({ endpoint: ENDPOINT, platform: deliveryPlatform(browserPlatform({ sendBeacon: () => spy.beacon })), snapshot: () => records, log: () => {} });
    const first = exit();
    expect(exit()).toBe(0);
    await spy.settled();
    expect(spy.sent).toHaveLength(first);
  });

  it('stops when the browser refuses a beacon', () => {
    const spy = beaconSpy(() => false);
    const exit = createPageExitSender({
      endpoint: ENDPOINT,
      platform: deliveryPlatform(browserPlatform({ sendBeacon: () => spy.beacon })),
      snapshot: () => [record('a'), record('b')],
      log: () => {},
    });
    expect(exit()).toBe(0);
  });

  it('leaves alone what the collector asked to wait for', () => {
    const spy = beaconSpy();
    const waiting = { ...record('a'), serverAskedToWait: true, nextAttemptAt: Date.now() + 60_000 };
    const exit = createPageExitSender({ endpoint: ENDPOINT, platform: deliveryPlatform(browserPlatform({ sendBeacon: () => spy.beacon })), snapshot: () => [waiting], log: () => {} });
    expect(exit()).toBe(0);
  });
});
