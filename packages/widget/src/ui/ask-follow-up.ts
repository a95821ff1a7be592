import type { ProbeReply, ProbeRequest } from '@candor/protocol';
import type { DeliveryPlatform } from '../delivery/delivery-platform.js';
import { resolveHeaders } from '../delivery/send-submissions.js';
import type { HeadersOption } from '../delivery/transport.js';
import type { Platform } from '../platform/platform.js';

/**
 * How long the user may wait for a follow-up before the study's fixed one is asked instead. The
 * collector bounds its own wait for the model (`--llm-timeout`, at most 9,000 ms) and answers
 * `{ followUp: null }` when the model is late: its setting governs, and this leaves a network margin.
 */
export const FOLLOW_UP_WAIT_MS = 10_000;

/**
 * Asks the collector's probe route for a follow-up to one answer (already redacted), with the
 * team's headers. Resolves with null, never an error, when the device is offline, the route is
 * slow, fails or has no model.
 */
export async function askFollowUp(
  platform: Platform & Partial<Pick<DeliveryPlatform, 'fetch'>>,
  url: string,
  headers: HeadersOption | undefined,
  body: ProbeRequest,
): Promise<string | null> {
  if (!navigator.onLine) return null;
  try {
    const response = await (platform.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { ...(await resolveHeaders(headers)), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(FOLLOW_UP_WAIT_MS),
    });
    const { followUp } = (await response.json()) as Partial<ProbeReply>; // read with care: any server may answer
    return response.ok && typeof followUp === 'string' && followUp.trim() ? followUp.trim().slice(0, 300) : null;
  } catch {
    return null;
  }
}
