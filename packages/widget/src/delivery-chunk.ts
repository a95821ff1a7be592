// The delivery chunk: loaded only when something waits to be sent, or when the user submits.
import { buildSubmission, type Responses } from './build-submission.js';
import { createDelivery, type Delivery } from './delivery.js';
import type { Emitter } from './events.js';
import { createFlushLock } from './flush-lock.js';
import type { ResolvedOptions } from './options.js';
import { createOutbox } from './outbox.js';
import { createPageExitSender } from './page-exit.js';
import { deliveryPlatform } from './delivery-platform.js';
import type { Platform } from './platform.js';
import type { SubmitResult } from './ui-contract.js';

export interface DeliveryHandle {
  delivery: Delivery;
  /** Hands what is pending to sendBeacon; called on visibilitychange to hidden and pagehide. */
  sendOnExit: () => number;
  /** Queues the user's answers and tries to deliver them at once. */
  submit(responses: Responses, locale: string): Promise<SubmitResult>;
}

export function startDelivery(
  options: ResolvedOptions,
  base: Platform,
  emitter: Emitter,
  log: (...args: unknown[]) => void,
  /** Keeps the loader's count of what waits (pending-hint.ts) up to date. */
  onPendingCount: (count: number) => void,
): DeliveryHandle {
  const platform = deliveryPlatform(base);
  const outbox = createOutbox(platform, (reason) => {
    log('storage unavailable:', reason);
    emitter.emit('storage_unavailable', { reason });
  });
  const delivery = createDelivery({
    endpoint: options.endpoint,
    requestTimeoutMs: options.requestTimeoutMs,
    batchSize: options.batchSize,
    limits: options,
    caps: options,
    outbox,
    lock: createFlushLock(platform),
    platform,
    emitter,
    log,
    onPendingCount,
  });
  return {
    delivery,
    sendOnExit: createPageExitSender({ endpoint: options.endpoint, platform, snapshot: delivery.snapshot, log }),
    async submit(responses, locale) {
      const submission = buildSubmission(responses, options, locale, platform);
      const queued = await delivery.enqueue(submission);
      if (!queued.ok) return { status: 'refused', ...queued.refusal };
      const { delivered } = await delivery.flush();
      if (delivered.includes(submission.id)) return { status: 'sent' };
      return { status: queued.storage === 'indexeddb' ? 'saved' : 'memory' };
    },
  };
}
