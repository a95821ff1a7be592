import type { Transport } from '../transport.js';
import { httpTransport } from './http-transport.js';

/**
 * Posts each batch to any URL as `{ "event": "candor.submissions", "submissions": [...] }`, with
 * `Idempotency-Key` for a single submission. Headers here are public (they ship to the browser).
 */
export function webhook(url: string, options: { headers?: Record<string, string>; timeoutMs?: number } = {}): Transport {
  return httpTransport(
    (batch) => ({
      url,
      headers: { ...options.headers, ...(batch.length === 1 ? { 'Idempotency-Key': batch[0]!.id } : {}) },
      body: JSON.stringify({ event: 'candor.submissions', submissions: batch }),
    }),
    options.timeoutMs,
  );
}
