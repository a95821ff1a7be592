import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Submission } from '@candor/protocol';

export const ENDPOINT = 'https://collect.test/v1/answers';

/**
 * A stand-in collector over msw. It records every request, stores each id once (as a real
 * collector dedupes), and answers with whatever the test sets (`respond`), or fails at the
 * network level (`offline`).
 */
export function collectorDouble() {
  const received: { submission: Submission; idempotencyKey: string | null; contentType: string | null }[] = [];
  const requests: { ids: string[]; batch: boolean }[] = [];
  const stored = new Map<string, Submission>();
  const state = { offline: false, respond: (): Response => HttpResponse.json({ stored: 1 }) };
  const server = setupServer(
    http.post(ENDPOINT, async ({ request }) => {
      if (state.offline) return HttpResponse.error();
      const body = (await request.json()) as Submission | Submission[];
      const list = Array.isArray(body) ? body : [body];
      requests.push({ ids: list.map((s) => s.id), batch: Array.isArray(body) });
      for (const submission of list) {
        received.push({ submission, idempotencyKey: request.headers.get('Idempotency-Key'), contentType: request.headers.get('Content-Type') });
      }
      const response = state.respond();
      if (response.ok) for (const s of list) if (!stored.has(s.id)) stored.set(s.id, s);
      return response;
    }),
  );
  const reset = () => {
    received.length = 0;
    requests.length = 0;
    stored.clear();
    state.offline = false;
    state.respond = () => HttpResponse.json({ stored: 1 });
    server.resetHandlers();
  };
  return { server, received, requests, stored, state, reset };
}
