import type { Transport } from '../transport.js';
import { httpTransport, submissionProperties } from './http-transport.js';

/**
 * Sends each submission to Segment as a `track` call through its HTTP Tracking API
 * (`POST {host}/v1/batch`, write key as Basic auth). The `messageId` is Candor's id, so Segment
 * dedupes retries; the anonymous id is the submission's own id unless you pass `userId`.
 */
export function segment(options: { writeKey: string; host?: string; event?: string; userId?: string; timeoutMs?: number }): Transport {
  const host = (options.host ?? 'https://api.segment.io').replace(/\/+$/, '');
  return httpTransport(
    (batch) => ({
      url: `${host}/v1/batch`,
      headers: { Authorization: `Basic ${btoa(`${options.writeKey}:`)}` },
      body: JSON.stringify({
        batch: batch.map((s) => ({
          type: 'track',
          event: options.event ?? 'Survey Submitted',
          messageId: s.id,
          ...(options.userId ? { userId: options.userId } : { anonymousId: s.id }),
          timestamp: s.createdAt,
          properties: submissionProperties(s),
          context: { library: { name: 'candor' }, locale: s.locale },
        })),
      }),
    }),
    options.timeoutMs,
  );
}
