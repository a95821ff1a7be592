import type { OutboxRecord } from './outbox.js';

export interface QueueCaps {
  /** Largest submission, in UTF-8 bytes as sent. */
  maxSubmissionBytes: number;
  /** Most submissions waiting on one device. */
  maxQueueCount: number;
  /** Most bytes waiting on one device. */
  maxQueueBytes: number;
}

/** Why a new submission cannot be queued; the user is told, and nothing is dropped silently. */
export type Refusal =
  | { reason: 'too_large'; bytes: number; limit: number }
  | { reason: 'queue_full'; count: number; bytes: number };

export function checkQueueCaps(bytes: number, pending: OutboxRecord[], caps: QueueCaps): Refusal | undefined {
  if (bytes > caps.maxSubmissionBytes) return { reason: 'too_large', bytes, limit: caps.maxSubmissionBytes };
  const queuedBytes = pending.reduce((sum, r) => sum + r.bytes, 0);
  if (pending.length + 1 > caps.maxQueueCount || queuedBytes + bytes > caps.maxQueueBytes) {
    return { reason: 'queue_full', count: pending.length, bytes: queuedBytes };
  }
  return undefined;
}
