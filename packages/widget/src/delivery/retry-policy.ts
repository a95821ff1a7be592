import type { OutboxRecord } from './outbox.js';

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
/** The longest wait a collector's Retry-After can impose; beyond it the value is clamped. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/** Full-jitter exponential backoff: a random wait up to base * 2^(attempt-1), capped at five minutes. */
export function backoffMs(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1)));
}

export interface GiveUpLimits {
  maxAttempts: number;
  maxAgeDays: number;
}

/** Why a pending record should no longer be tried, or undefined while it still should. */
export function giveUpReason(record: OutboxRecord, now: number, limits: GiveUpLimits): string | undefined {
  const ageDays = (now - record.createdAt) / 86_400_000;
  if (ageDays > limits.maxAgeDays) return `expired: not delivered within ${limits.maxAgeDays} days (last error: ${record.lastError ?? 'none'})`;
  if (record.attempts >= limits.maxAttempts) return `gave up after ${record.attempts} attempts: ${record.lastError ?? 'unknown error'}`;
  return undefined;
}
