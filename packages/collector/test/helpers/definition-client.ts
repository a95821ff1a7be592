import type { Reply } from './collector-client.js';

async function toReply<T>(response: Response): Promise<Reply<T>> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text) as T };
}

const bearer = (token: string | undefined): Record<string, string> => (token === undefined ? {} : { authorization: `Bearer ${token}` });

/** POSTs a definition to /v1/surveys/<id>/definitions (JSON-encoded unless a string), as the results app or a script would. */
export async function publishDefinition<T = any>(baseUrl: string, token: string | undefined, surveyId: string, body: unknown): Promise<Reply<T>> {
  return toReply<T>(
    await fetch(`${baseUrl}/v1/surveys/${encodeURIComponent(surveyId)}/definitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** POSTs `{ version }` to /v1/surveys/<id>/rollback. */
export async function rollBack<T = any>(baseUrl: string, token: string | undefined, surveyId: string, version: unknown): Promise<Reply<T>> {
  return toReply<T>(
    await fetch(`${baseUrl}/v1/surveys/${encodeURIComponent(surveyId)}/rollback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ version }),
    }),
  );
}

/** GETs an admin path with the token. */
export async function adminGet<T = any>(baseUrl: string, token: string | undefined, path: string): Promise<Reply<T>> {
  return toReply<T>(await fetch(`${baseUrl}${path}`, { headers: bearer(token) }));
}

/** GETs the public definition, as a widget would (no token), with any headers. */
export async function fetchDefinition<T = any>(baseUrl: string, surveyId: string, headers: Record<string, string> = {}): Promise<Reply<T>> {
  return toReply<T>(await fetch(`${baseUrl}/v1/surveys/${encodeURIComponent(surveyId)}`, { headers }));
}
