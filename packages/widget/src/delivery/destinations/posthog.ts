import type { Transport } from '../transport.js';
import { httpTransport, submissionProperties } from './http-transport.js';

/**
 * Sends each submission to PostHog as a `survey sent` event through its public batch capture API
 * (`POST {host}/batch/`). The event's `uuid` is Candor's id, so PostHog dedupes retries; the
 * distinct id is the submission's own id (no person is tracked) unless you pass `distinctId`.
 */
export function posthog(options: { apiKey: string; host?: string; event?: string; distinctId?: string; timeoutMs?: number }): Transport {
  const host = (options.host ?? 'https://us.i.posthog.com').replace(/\/+$/, '');
  return httpTransport(
    (batch) => ({
      url: `${host}/batch/`,
      headers: {},
      body: JSON.stringify({
        api_key: options.apiKey,
        batch: batch.map((s) => ({
          event: options.event ?? 'survey sent',
          uuid: s.id,
          distinct_id: options.distinctId ?? s.id,
          timestamp: s.createdAt,
          properties: { ...submissionProperties(s), $process_person_profile: options.distinctId !== undefined, $lib: 'candor' },
        })),
      }),
    }),
    options.timeoutMs,
  );
}
