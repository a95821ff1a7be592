// The delivery chunk: loaded only when something waits to be sent, or when the user submits.
import { buildSubmission, type Responses, type Session } from './build-submission.js';
import { createDelivery, type Delivery } from './delivery.js';
import type { Emitter } from '../runtime/events.js';
import { createFlushLock } from './flush-lock.js';
import type { ResolvedOptions } from '../options/options.js';
import { createOutbox } from './outbox.js';
import { createPageExitSender } from './page-exit.js';
import { deliveryPlatform } from './delivery-platform.js';
import type { Platform } from '../platform/platform.js';
import type { SubmitResult } from '../types.js';
import type { Transport } from './transport.js';
import { createWithdrawal, type WithdrawResult } from './withdrawal.js';

export type { WithdrawResult };

export interface DeliveryHandle {
  delivery: Delivery;
  /** Hands what is pending to sendBeacon; called on visibilitychange to hidden and pagehide. */
  sendOnExit: () => number;
  /** Queues the user's answers and tries to deliver them at once. */
  submit(responses: Responses, session: Session): Promise<SubmitResult>;
  /** Withdraws every answer given on this device. */
  withdraw(): Promise<WithdrawResult>;
}

export function startDelivery(
  options: ResolvedOptions,
  base: Platform,
  emitter: Emitter,
  log: (...args: unknown[]) => void,
  /** Keeps the loader's count of what waits (pending-hint.ts) up to date. */
  onPendingCount: (count: number) => void,
  /** Fetches the destinations by name (the script tag's `data-destination`), only when one is set. */
  loadDestinations: () => Promise<typeof import('./destinations/by-name.js')>,
): DeliveryHandle {
  const platform = deliveryPlatform(base);
  const outbox = createOutbox(platform, (reason) => {
    log('storage unavailable:', reason);
    emitter.emit('storage_unavailable', { reason });
  });
  const named = options.destination === 'collector' ? undefined : loadDestinations().then((m) => m.destinationByName(options)!);
  const transport: Transport | undefined = options.transport ?? (named && (async (batch) => (await named)(batch)));
  const delivery = createDelivery({
    send: { endpoint: options.endpoint, timeoutMs: options.requestTimeoutMs, headers: options.headers, credentials: options.credentials },
    ...(transport ? { transport } : {}),
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
  const withdrawal = createWithdrawal(options, platform, delivery, emitter);
  return {
    delivery,
    withdraw: withdrawal.withdraw,
    // Beacons carry no headers and bypass a transport: they go only to a plain collector.
    sendOnExit: transport || options.headers ? () => 0 : createPageExitSender({ endpoint: options.endpoint, platform, snapshot: delivery.snapshot, log }),
    async submit(responses, session) {
      let submission = buildSubmission(responses, options, session, platform);
      // Remembered before anything is written, so no answer kept on this device escapes withdrawal.
      withdrawal.remember(submission.id);
      if (options.beforeSend) {
        try {
          const changed = await options.beforeSend(structuredClone(submission));
          if (changed == null) {
            delivery.dropped(submission.id);
            return { status: 'dropped' };
          }
          submission = { ...changed, id: submission.id }; // the id is the dedupe key: it never changes
        } catch (error) {
          await delivery.deadLetter(submission, `beforeSend threw: ${error instanceof Error ? error.message : String(error)}`);
          return { status: 'held' };
        }
      }
      const queued = await delivery.enqueue(submission);
      if (!queued.ok) return { status: 'refused', ...queued.refusal };
      const { delivered } = await delivery.flush();
      if (delivered.includes(submission.id)) return { status: 'sent' };
      return { status: queued.storage === 'indexeddb' ? 'saved' : 'memory' };
    },
  };
}
