import type { ResolvedOptions } from '../../options/options.js';
import type { Transport } from '../transport.js';
import { posthog } from './posthog.js';
import { segment } from './segment.js';
import { webhook } from './webhook.js';

/** The script tag's `data-destination`: a destination by name, with `endpoint` as its host or URL. */
export function destinationByName(options: ResolvedOptions): Transport | undefined {
  const { destination, endpoint, destinationKey = '', requestTimeoutMs: timeoutMs } = options;
  const headers = typeof options.headers === 'object' ? options.headers : undefined;
  if (destination === 'webhook') return webhook(endpoint, { ...(headers ? { headers } : {}), timeoutMs });
  if (destination === 'posthog') return posthog({ apiKey: destinationKey, host: endpoint, timeoutMs });
  if (destination === 'segment') return segment({ writeKey: destinationKey, host: endpoint, timeoutMs });
  return undefined;
}
