import type { Submission } from '@candor/protocol';
import type { Emitter } from './events.js';
import type { Outbox, OutboxRecord } from './outbox.js';
import type { Platform } from './platform.js';
import { sendSubmission } from './send-submission.js';

export interface FlushResult {
  /** Ids the collector accepted during this flush. */
  delivered: string[];
  /** Submissions still waiting on the device afterwards. */
  pending: number;
}

export interface Delivery {
  /** Saves a submission to the outbox; it is delivered by the next flush. */
  enqueue(submission: Submission): Promise<OutboxRecord>;
  /**
   * Sends everything that is due, oldest first. Concurrent calls share one run per tab.
   * `ignoreBackoff` (page load, back online, an explicit flush) also sends what is waiting out a
   * backoff, but never before a time the collector set with Retry-After.
   */
  flush(options?: { ignoreBackoff?: boolean }): Promise<FlushResult>;
  stop(): void;
}

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** Full-jitter exponential backoff: a random wait up to base * 2^(attempt-1), capped. */
export function backoffMs(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1)));
}

export function createDelivery(config: {
  endpoint: string;
  requestTimeoutMs: number;
  outbox: Outbox;
  platform: Platform;
  emitter: Emitter;
  log: (...args: unknown[]) => void;
}): Delivery {
  const { endpoint, outbox, platform, emitter, log } = config;
  let running: Promise<FlushResult> | undefined;
  let rerun: { promise: Promise<FlushResult>; ignoreBackoff: boolean } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function run(ignoreBackoff: boolean): Promise<FlushResult> {
    const delivered: string[] = [];
    const pending = await outbox.list('pending');
    for (const record of pending) {
      if (stopped) break;
      const waiting = record.nextAttemptAt > platform.now();
      if (waiting && (!ignoreBackoff || record.serverAskedToWait)) continue;
      const outcome = await sendSubmission(platform.fetch, endpoint, record.submission, config.requestTimeoutMs, platform.now);
      if (outcome.kind === 'accepted') {
        await outbox.delete(record.id);
        delivered.push(record.id);
        log('delivered', record.id);
        emitter.emit('delivered', { id: record.id, status: outcome.status });
      } else if (outcome.kind === 'permanent') {
        await outbox.put({ ...record, state: 'dead', lastError: outcome.reason });
        log('failed for good', record.id, outcome.reason);
        emitter.emit('failed', { id: record.id, reason: outcome.reason, status: outcome.status, submission: record.submission });
      } else {
        const attempt = record.attempts + 1;
        const retryInMs = Math.min(outcome.retryAfterMs ?? backoffMs(attempt, platform.random), MAX_RETRY_AFTER_MS);
        await outbox.put({
          ...record,
          attempts: attempt,
          nextAttemptAt: platform.now() + retryInMs,
          serverAskedToWait: outcome.retryAfterMs !== undefined,
          lastError: outcome.reason,
        });
        log('will retry', record.id, outcome.reason, `in ${retryInMs} ms`);
        emitter.emit('retrying', { id: record.id, attempt, reason: outcome.reason, retryInMs });
        // Without an HTTP answer the network is likely down: the rest would fail the same way.
        if (outcome.status === undefined) break;
      }
    }
    const left = await outbox.list('pending');
    schedule(left);
    return { delivered, pending: left.length };
  }

  function schedule(pending: OutboxRecord[]) {
    clearTimeout(timer);
    if (stopped || pending.length === 0) return;
    const next = Math.min(...pending.map((r) => r.nextAttemptAt));
    timer = setTimeout(() => void flush(), Math.max(0, next - platform.now()));
  }

  function flush(options: { ignoreBackoff?: boolean } = {}): Promise<FlushResult> {
    const ignoreBackoff = options.ignoreBackoff ?? false;
    if (!running) {
      running = run(ignoreBackoff).finally(() => (running = undefined));
      return running;
    }
    // A run is under way and may have listed the outbox already: queue exactly one more after it.
    if (rerun) {
      rerun.ignoreBackoff ||= ignoreBackoff;
      return rerun.promise;
    }
    const next = { ignoreBackoff, promise: undefined as unknown as Promise<FlushResult> };
    next.promise = running.then(() => {
      rerun = undefined;
      return flush({ ignoreBackoff: next.ignoreBackoff });
    });
    rerun = next;
    return next.promise;
  }

  return {
    async enqueue(submission) {
      const now = platform.now();
      const record: OutboxRecord = {
        id: submission.id,
        submission,
        bytes: new TextEncoder().encode(JSON.stringify(submission)).length,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        state: 'pending',
      };
      await outbox.put(record);
      emitter.emit('queued', { id: record.id, storage: outbox.kind() });
      return record;
    },
    flush: (options) => flush(options).catch((error: unknown) => {
      log('flush failed', error);
      return { delivered: [], pending: 0 };
    }),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
