import type { AnswersGetReply } from '../../src/routes/answers-get.js';

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

async function toReply<T>(response: Response): Promise<Reply<T>> {
  const text = await response.text();
  const type = (response.headers.get('content-type') ?? '').replace(/^application\/jsonl.*/, 'text/plain');
  return { status: response.status, headers: response.headers, body: (type.includes('json') && text ? JSON.parse(text) : text) as T };
}

/**
 * POSTs a body to /v1/answers the way a client would; `body` is JSON-encoded unless it is a
 * string or bytes. Bytes with `contentType: null` go without any Content-Type (fetch would
 * label a string text/plain).
 */
export async function postAnswers<T = any>(
  baseUrl: string,
  body: unknown,
  { contentType = 'application/json', headers = {} }: { contentType?: string | null; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  const allHeaders: Record<string, string> = { ...headers };
  if (contentType !== null) allHeaders['content-type'] = contentType;
  return toReply<T>(await fetch(`${baseUrl}/v1/answers`, { method: 'POST', headers: allHeaders, body: payload as BodyInit }));
}

/** GETs /v1/answers with an optional admin token and query. */
export async function readAnswers<T = AnswersGetReply & { error?: string }>(
  baseUrl: string,
  token: string | undefined,
  query: Record<string, string | number> = {},
): Promise<Reply<T>> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return toReply<T>(await fetch(`${baseUrl}/v1/answers?${search}`, { headers }));
}

/** GET any path, with optional headers. */
export async function get<T = any>(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Reply<T>> {
  return toReply<T>(await fetch(`${baseUrl}${path}`, { headers }));
}

/** DELETEs /v1/answers/<id>, as a device withdrawing its submission would. */
export async function withdraw<T = any>(baseUrl: string, id: string, headers: Record<string, string> = {}): Promise<Reply<T>> {
  return toReply<T>(await fetch(`${baseUrl}/v1/answers/${encodeURIComponent(id)}`, { method: 'DELETE', headers }));
}
