import { requestBody } from './send-submissions.js';
import type { OutboxRecord } from './outbox.js';
import type { DeliveryPlatform as Platform } from './delivery-platform.js';

/** Browsers refuse beacons (and keepalive fetches) past 64 KiB in flight per page; stay under it. */
export const BEACON_BUDGET_BYTES = 60_000;
/** How long a beacon is assumed to stay in flight (visibilitychange and pagehide come moments apart). */
const IN_FLIGHT_MS = 10_000;

/**
 * At page exit, hands what is pending to `sendBeacon` as `text/plain` (no preflight; the id is in
 * the body), oldest first, within the in-flight budget, each record at most once per page. The
 * records stay in the outbox: a later normal send confirms them, and the collector dedupes.
 */
export function createPageExitSender(config: {
  endpoint: string;
  platform: Platform;
  /** What is pending, as last seen (IndexedDB cannot be read reliably while the page goes away). */
  snapshot: () => OutboxRecord[];
  log: (...args: unknown[]) => void;
}) {
  const beaconed = new Set<string>();
  const recent: { at: number; bytes: number }[] = [];
  return function sendOnExit(): number {
    const beacon = config.platform.sendBeacon();
    if (!beacon) return 0;
    const now = config.platform.now();
    while (recent.length && recent[0]!.at < now - IN_FLIGHT_MS) recent.shift();
    let budget = BEACON_BUDGET_BYTES - recent.reduce((sum, b) => sum + b.bytes, 0);
    let sent = 0;
    for (const record of config.snapshot()) {
      if (beaconed.has(record.id)) continue;
      if (record.serverAskedToWait && record.nextAttemptAt > now) continue; // the collector asked us to wait
      const body = requestBody([record.submission]);
      const bytes = new TextEncoder().encode(body).length;
      if (bytes > budget) break;
      if (!beacon(config.endpoint, new Blob([body], { type: 'text/plain' }))) break; // the browser's queue is full
      budget -= bytes;
      recent.push({ at: now, bytes });
      beaconed.add(record.id);
      sent++;
    }
    if (sent) config.log(`page exit: ${sent} submission(s) handed to sendBeacon`);
    return sent;
  };
}
