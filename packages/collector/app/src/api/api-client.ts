import { ApiError, OFFLINE_MESSAGE, type FieldIssue } from './api-error.js';

type SessionEnded = () => void;
let onSessionEnded: SessionEnded = () => undefined;

/** What to do when a read answers 401 (the session expired or was ended): the app goes to sign-in. */
export function whenSessionEnds(handler: SessionEnded): void {
  onSessionEnded = handler;
}

async function errorOf(response: Response): Promise<ApiError> {
  let message = `The collector answered ${response.status} ${response.statusText}.`;
  let issues: FieldIssue[] | undefined;
  try {
    const body = (await response.json()) as { error?: unknown; issues?: unknown };
    if (typeof body.error === 'string' && body.error) message = body.error;
    if (Array.isArray(body.issues)) issues = body.issues.filter((i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string');
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, message, issues);
}

/**
 * Calls the collector on this origin with the session cookie, and reads JSON. Any refusal
 * throws an ApiError with the collector's sentence; a 401 also ends the session in the app
 * (except for `quiet401`, used by the sign-in checks themselves).
 */
export async function request<T>(method: string, path: string, options: { body?: unknown; signal?: AbortSignal; quiet401?: boolean } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: options.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, OFFLINE_MESSAGE);
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401 && !options.quiet401) onSessionEnded();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const getJson = <T>(path: string, signal?: AbortSignal): Promise<T> => request<T>('GET', path, signal ? { signal } : {});
