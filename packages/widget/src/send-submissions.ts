import type { Submission } from '@candor/protocol';

/** What one attempt to deliver a request's submissions came to. */
export type SendOutcome =
  | { kind: 'accepted'; status: number }
  | { kind: 'retry'; reason: string; status?: number; retryAfterMs?: number }
  | { kind: 'permanent'; reason: string; status: number };

const RETRYABLE = new Set([408, 425, 429]);

/** The request body: one submission as an object, several as an array (collectors that batch). */
export const requestBody = (submissions: Submission[]) => JSON.stringify(submissions.length === 1 ? submissions[0] : submissions);

/**
 * Posts submissions as JSON; a single one also carries its id as the `Idempotency-Key` header.
 * Any 2xx is accepted; network errors, timeouts, 408, 425, 429 and 5xx (except 501 and 505) may
 * pass; any other status never will.
 */
export async function sendSubmissions(
  fetchFn: typeof fetch,
  endpoint: string,
  submissions: Submission[],
  timeoutMs: number,
  now: () => number,
): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (submissions.length === 1) headers['Idempotency-Key'] = submissions[0]!.id;
  try {
    const response = await fetchFn(endpoint, {
      method: 'POST',
      headers,
      body: requestBody(submissions),
      credentials: 'omit',
      signal: controller.signal,
    });
    const { status } = response;
    if (status >= 200 && status < 300) return { kind: 'accepted', status };
    const reason = `the collector answered ${status}${await errorText(response)}`;
    if (RETRYABLE.has(status) || (status >= 500 && status !== 501 && status !== 505)) {
      return { kind: 'retry', reason, status, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now()) };
    }
    return { kind: 'permanent', reason, status };
  } catch (error) {
    const reason = controller.signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : `network error (offline, or the collector refused the connection or CORS): ${error instanceof Error ? error.message : String(error)}`;
    return { kind: 'retry', reason };
  } finally {
    clearTimeout(timer);
  }
}

/** `Retry-After` in seconds or as an HTTP date, as milliseconds from now; undefined when unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function errorText(response: Response): Promise<string> {
  try {
    const text = (await response.text()).slice(0, 300);
    if (!text) return '';
    const parsed = JSON.parse(text) as { error?: unknown };
    return typeof parsed.error === 'string' ? `: ${parsed.error}` : `: ${text}`;
  } catch {
    return '';
  }
}
