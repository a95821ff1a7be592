import type { Submission } from '@candor/protocol';
import type { Emitter, StorageKind } from '../runtime/events.js';
import type { FlushLock } from './flush-lock.js';
import type { Outbox, OutboxRecord } from './outbox.js';
import type { DeliveryPlatform as Platform } from './delivery-platform.js';
import { checkQueueCaps, type QueueCaps, type Refusal } from './queue-caps.js';
import { backoffMs, giveUpReason, MAX_RETRY_AFTER_MS, type GiveUpLimits } from './retry-policy.js';
import { sendSubmissions, type SendConfig, type SendOutcome } from './send-submissions.js';
import type { Transport, TransportResult } from './transport.js';

export interface FlushResult {
  /** Ids the collector accepted during this flush. */
  delivered: string[];
  /** Submissions still waiting on the device afterwards. */
  pending: number;
}

export interface DeliveryStats {
  pending: number;
  deadLetter: number;
  inFlight: number;
  /** Submissions your `beforeSend` dropped on purpose, on this page. */
  dropped: number;
}

export type EnqueueResult = { ok: true; record: OutboxRecord; storage: StorageKind } | { ok: false; refusal: Refusal };

export interface Delivery {
  /** Checks the caps and saves a submission to the outbox; the next flush delivers it. */
  enqueue(submission: Submission): Promise<EnqueueResult>;
  /**
   * Sends everything that is due, oldest first. Concurrent calls share one run per tab, and one
   * tab flushes at a time. `ignoreBackoff` (page load, back online, an explicit flush) also sends
   * what waits out a backoff, but never before a time the collector set with Retry-After.
   */
  flush(options?: { ignoreBackoff?: boolean }): Promise<FlushResult>;
  /**
   * Pending records as last seen, for page exit, when IndexedDB cannot be read in time. Those
   * being sent are included: a fetch in flight dies with the page, and the collector dedupes.
   */
  snapshot(): OutboxRecord[];
  /** Keeps a submission that must not be sent among the dead letters, and raises `failed`. */
  deadLetter(submission: Submission, reason: string): Promise<void>;
  /** Counts a submission `beforeSend` dropped, and raises `dropped`. */
  dropped(id: string): void;
  /** Forgets a submission that is still waiting: it will not be sent from this device. */
  discard(id: string): Promise<void>;
  stats(): Promise<DeliveryStats>;
  stop(): void;
}

export interface DeliveryConfig {
  /** Where and how the built-in sender posts. */
  send: SendConfig;
  /** Your own way of sending, used instead of the built-in sender. */
  transport?: Transport;
  batchSize: number;
  limits: GiveUpLimits;
  caps: QueueCaps;
  outbox: Outbox;
  lock: FlushLock;
  platform: Platform;
  emitter: Emitter;
  log: (...args: unknown[]) => void;
  /** Told how many submissions are pending whenever that is known (kept as a hint for page views). */
  onPendingCount?: (count: number) => void;
}

/** How long a tab may hold a record it is sending before another tab may take it over. */
const LEASE_MS = 60_000;

export function createDelivery(config: DeliveryConfig): Delivery {
  const { outbox, platform, emitter, log } = config;
  const tabId = platform.uuid();
  const inFlight = new Set<string>();
  const seen = new Map<string, OutboxRecord>();
  let running: Promise<FlushResult> | undefined;
  let rerun: { promise: Promise<FlushResult>; ignoreBackoff: boolean } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let droppedCount = 0;

  const remember = (records: OutboxRecord[]) => {
    seen.clear();
    for (const r of records) seen.set(r.id, r);
    config.onPendingCount?.(records.length);
  };

  async function moveToDeadLetters(record: OutboxRecord, reason: string, status?: number) {
    await outbox.put({ ...record, state: 'dead', lastError: reason, leaseOwner: undefined, leaseUntil: undefined });
    seen.delete(record.id);
    log('failed for good', record.id, reason);
    emitter.emit('failed', { id: record.id, reason, ...(status ? { status } : {}), submission: record.submission });
  }

  async function settle(records: OutboxRecord[], outcome: SendOutcome): Promise<'go-on' | 'stop'> {
    if (outcome.kind === 'accepted') {
      for (const record of records) {
        await outbox.delete(record.id);
        seen.delete(record.id);
        log('delivered', record.id);
        emitter.emit('delivered', { id: record.id, ...(outcome.status ? { status: outcome.status } : {}) });
      }
      return 'go-on';
    }
    if (outcome.kind === 'permanent') {
      for (const record of records) await moveToDeadLetters(record, outcome.reason, outcome.status);
      return 'go-on';
    }
    // Offline (by the browser's own account) attempts do not count towards giving up.
    const counts = !outcome.offline || platform.online() !== false;
    for (const record of records) {
      const attempts = record.attempts + (counts ? 1 : 0);
      const retryInMs = Math.min(outcome.retryAfterMs ?? backoffMs(record.attempts + 1, platform.random), MAX_RETRY_AFTER_MS);
      const next: OutboxRecord = {
        ...record,
        attempts,
        nextAttemptAt: platform.now() + retryInMs,
        serverAskedToWait: outcome.retryAfterMs !== undefined,
        lastError: outcome.reason,
        leaseOwner: undefined,
        leaseUntil: undefined,
      };
      const reason = giveUpReason(next, platform.now(), config.limits);
      if (reason) {
        await moveToDeadLetters(next, reason, outcome.status);
        continue;
      }
      await outbox.put(next);
      seen.set(next.id, next);
      log('will retry', record.id, outcome.reason, `in ${retryInMs} ms`);
      emitter.emit('retrying', { id: record.id, attempt: attempts, reason: outcome.reason, retryInMs });
    }
    // Without an answer the network is likely down: the rest would fail the same way.
    return outcome.offline ? 'stop' : 'go-on';
  }

  async function claim(records: OutboxRecord[]): Promise<OutboxRecord[]> {
    if (config.lock.mode === 'locks') return records;
    const claimed: OutboxRecord[] = [];
    for (const record of records) {
      const mine = await outbox.claim(record.id, tabId, LEASE_MS);
      if (mine) claimed.push(mine);
    }
    return claimed;
  }

  /** Hands a batch to your transport and settles each submission by its own result. */
  async function sendThrough(transport: Transport, batch: OutboxRecord[]): Promise<'go-on' | 'stop'> {
    let results: TransportResult[];
    try {
      results = await transport(batch.map((r) => r.submission));
    } catch (error) {
      // Not lost: kept among the dead letters, handed to your `failed` handler with the reason.
      for (const record of batch) await moveToDeadLetters(record, `the transport threw: ${error instanceof Error ? error.message : String(error)}`);
      return 'go-on';
    }
    for (const record of batch) {
      const result = Array.isArray(results) ? results.find((r) => r?.id === record.id) : undefined;
      await settle(
        [record],
        !result
          ? { kind: 'retry', reason: 'the transport gave no result for this submission' }
          : result.status === 'accepted'
            ? { kind: 'accepted' }
            : result.status === 'retry'
              ? { kind: 'retry', reason: result.reason ?? 'the transport asked to retry', retryAfterMs: result.retryAfterMs }
              : { kind: 'permanent', reason: result.reason },
      );
    }
    return 'go-on';
  }

  /** Sends one request; a batch the collector refuses outright is retried one by one, to find the bad one. */
  async function send(batch: OutboxRecord[]): Promise<'go-on' | 'stop'> {
    batch.forEach((r) => inFlight.add(r.id));
    try {
      if (config.transport) return await sendThrough(config.transport, batch);
      const outcome = await sendSubmissions(platform.fetch, config.send, batch.map((r) => r.submission), platform.now);
      if (outcome.kind === 'permanent' && batch.length > 1) {
        for (const record of batch) if ((await send([record])) === 'stop') return 'stop';
        return 'go-on';
      }
      return await settle(batch, outcome);
    } finally {
      batch.forEach((r) => inFlight.delete(r.id));
    }
  }

  async function run(ignoreBackoff: boolean): Promise<FlushResult> {
    const delivered = new Set<string>();
    const onDelivered = emitter.on('delivered', ({ id }) => delivered.add(id));
    try {
      await config.lock.run(async () => {
        const pending = await outbox.list('pending');
        remember(pending);
        const now = platform.now();
        const due: OutboxRecord[] = [];
        for (const record of pending) {
          const reason = giveUpReason(record, now, config.limits);
          if (reason) await moveToDeadLetters(record, reason);
          else if (record.nextAttemptAt <= now || (ignoreBackoff && !record.serverAskedToWait)) due.push(record);
        }
        while (due.length && !stopped) {
          const batch = await claim(due.splice(0, config.batchSize));
          if (batch.length && (await send(batch)) === 'stop') break;
        }
      });
    } finally {
      onDelivered();
    }
    const left = await outbox.list('pending');
    remember(left);
    schedule(left);
    return { delivered: [...delivered], pending: left.length };
  }

  function schedule(pending: OutboxRecord[]) {
    clearTimeout(timer);
    if (stopped || pending.length === 0) return;
    const next = Math.min(...pending.map((r) => r.nextAttemptAt));
    timer = setTimeout(() => void flush(), Math.min(MAX_RETRY_AFTER_MS, Math.max(0, next - platform.now())));
  }

  function flush(options: { ignoreBackoff?: boolean } = {}): Promise<FlushResult> {
    const ignoreBackoff = options.ignoreBackoff ?? false;
    if (stopped) return Promise.resolve({ delivered: [], pending: seen.size });
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
      const bytes = new TextEncoder().encode(JSON.stringify(submission)).length;
      const refusal = checkQueueCaps(bytes, await outbox.list('pending'), config.caps);
      if (refusal) {
        log('refused', submission.id, refusal);
        return { ok: false, refusal };
      }
      const record: OutboxRecord = { id: submission.id, submission, bytes, createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending' };
      seen.set(record.id, record);
      config.onPendingCount?.(seen.size); // before the write: the hint may only err towards looking
      const storage = await outbox.put(record);
      emitter.emit('queued', { id: record.id, storage });
      return { ok: true, record, storage };
    },
    flush: (options) =>
      flush(options).catch((error: unknown) => {
        log('flush failed', error);
        return { delivered: [], pending: seen.size };
      }),
    snapshot: () => [...seen.values()],
    async deadLetter(submission, reason) {
      const now = platform.now();
      const bytes = new TextEncoder().encode(JSON.stringify(submission)).length;
      await moveToDeadLetters({ id: submission.id, submission, bytes, createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending' }, reason);
    },
    dropped(id) {
      droppedCount++;
      log('dropped by beforeSend', id);
      emitter.emit('dropped', { id });
    },
    async discard(id) {
      seen.delete(id);
      await outbox.delete(id);
    },
    async stats() {
      const [pending, dead] = await Promise.all([outbox.list('pending'), outbox.list('dead')]);
      return { pending: pending.length, deadLetter: dead.length, inFlight: inFlight.size, dropped: droppedCount };
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
