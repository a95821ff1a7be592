import type { FunnelEvent, FunnelReply } from '@candor/protocol';
import type { Reply } from './collector-client.js';

/** An event of the funnel, as the widget sends it (and whatever is overridden). */
export const funnelEvent = (over: Partial<Record<keyof FunnelEvent, unknown>> & Record<string, unknown> = {}): FunnelEvent => ({
  event: 'invited',
  surveyId: 'candor-default',
  surveyVersion: '1',
  locale: 'en',
  trigger: 'delay',
  date: '2026-11-27',
  sampleRate: 1,
  ...(over as Partial<FunnelEvent>),
});

/** POSTs a batch to /v1/events, as a beacon does (text/plain) unless told otherwise. */
export async function postEvents<T = any>(
  baseUrl: string,
  body: unknown,
  { contentType = 'text/plain;charset=UTF-8', headers = {} }: { contentType?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const response = await fetch(`${baseUrl}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : text) as T };
}

/** A batch of these events. */
export const batchOf = (...events: unknown[]) => ({ protocolVersion: 1, events });

/** GETs /v1/funnel with the admin token (if any) and a query. */
export async function readFunnel<T = FunnelReply & { error?: string }>(
  baseUrl: string,
  token: string | undefined,
  query: Record<string, string> = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  const response = await fetch(`${baseUrl}/v1/funnel?${new URLSearchParams(query)}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}
