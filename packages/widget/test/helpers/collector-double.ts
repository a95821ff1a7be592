import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Submission } from '@candor/protocol';

export const ENDPOINT = 'https://collect.test/v1/answers';

/**
 * A stand-in collector over msw. It records every request, stores each id once (as a real
 * collector dedupes), and answers with whatever the test sets (`respond`), or fails at the
 * network level (`offline`). It also takes withdrawals (DELETE) and follow-up requests (/v1/probe).
 */
export function collectorDouble() {
  const received: { submission: Submission; idempotencyKey: string | null; contentType: string | null }[] = [];
  const requests: { ids: string[]; batch: boolean }[] = [];
  const stored = new Map<string, Submission>();
  const withdrawn: string[] = [];
  const probes: Record<string, unknown>[] = [];
  const state = { offline: false, respond: (): Response => HttpResponse.json({ stored: 1 }), followUp: null as string | null };
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
    http.delete(`${ENDPOINT}/:id`, ({ params }) => {
      if (state.offline) return HttpResponse.error();
      withdrawn.push(String(params.id));
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(ENDPOINT.replace(/answers$/, 'probe'), async ({ request }) => {
      if (state.offline) return HttpResponse.error();
      probes.push((await request.json()) as Record<string, unknown>);
      return HttpResponse.json({ followUp: state.followUp });
    }),
  );
  const reset = () => {
    received.length = 0;
    requests.length = 0;
    withdrawn.length = 0;
    probes.length = 0;
    state.followUp = null;
    stored.clear();
    state.offline = false;
    state.respond = () => HttpResponse.json({ stored: 1 });
    server.resetHandlers();
  };
  return { server, received, requests, stored, withdrawn, probes, state, reset };
}
