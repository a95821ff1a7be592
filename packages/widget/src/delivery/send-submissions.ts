import type { Submission } from '@candor/protocol';
import type { HeadersOption } from './transport.js';

/** What one attempt to deliver a request's submissions came to (`status` only where HTTP answered). */
export type SendOutcome =
  | { kind: 'accepted'; status?: number }
  | { kind: 'retry'; reason: string; status?: number; retryAfterMs?: number; offline?: boolean }
  | { kind: 'permanent'; reason: string; status?: number };

const RETRYABLE = new Set([408, 425, 429]);

/** The request body: one submission as an object, several as an array (collectors that batch). */
export const requestBody = (submissions: Submission[]) => JSON.stringify(submissions.length === 1 ? submissions[0] : submissions);

export interface SendConfig {
  endpoint: string;
  timeoutMs: number;
  /** Static headers, or a function returning them for each request. */
  headers?: HeadersOption;
  credentials?: RequestCredentials;
}

/** Resolves the headers option for one request. */
export async function resolveHeaders(headers: HeadersOption | undefined): Promise<Record<string, string>> {
  return typeof headers === 'function' ? await headers() : (headers ?? {});
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Posts submissions as JSON (with your headers); a single one also carries its id as the
 * `Idempotency-Key` header. A request that gets no answer in time is aborted.
 */
export async function sendSubmissions(fetchFn: typeof fetch, config: SendConfig, submissions: Submission[], now: () => number): Promise<SendOutcome> {
  let extra: Record<string, string>;
  try {
    extra = await resolveHeaders(config.headers);
  } catch (error) {
    return { kind: 'retry', reason: `the headers function threw: ${message(error)}` };
  }
  const headers: Record<string, string> = { ...extra, 'Content-Type': 'application/json' };
  if (submissions.length === 1) headers['Idempotency-Key'] = submissions[0]!.id;
  return postJson(fetchFn, config.endpoint, { headers, body: requestBody(submissions), credentials: config.credentials ?? 'omit' }, config.timeoutMs, now);
}

/** One POST, bounded in time, classified for delivery. Shared by the built-in sender and the destinations. */
export async function postJson(
  fetchFn: typeof fetch,
  url: string,
  init: { headers: Record<string, string>; body: string; credentials?: RequestCredentials },
  timeoutMs: number,
  now: () => number,
): Promise<SendOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { method: 'POST', credentials: 'omit', ...init, signal: controller.signal });
    return await classifyResponse(response, now());
  } catch (error) {
    const reason = controller.signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : `network error (offline, or the collector refused the connection or CORS): ${message(error)}`;
    return { kind: 'retry', reason, offline: true };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What an HTTP answer means for delivery: any 2xx accepted; 408, 425, 429 and 5xx (except 501
 * and 505) worth retrying, honouring Retry-After; any other status permanent.
 */
async function classifyResponse(response: Response, now: number): Promise<SendOutcome> {
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'accepted', status };
  const reason = `the collector answered ${status}${await errorText(response)}`;
  if (RETRYABLE.has(status) || (status >= 500 && status !== 501 && status !== 505)) {
    return { kind: 'retry', reason, status, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), now) };
  }
  return { kind: 'permanent', reason, status };
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
