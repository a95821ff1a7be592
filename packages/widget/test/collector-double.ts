import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Submission } from '@candor/protocol';

export const ENDPOINT = 'https://collect.test/v1/answers';

/**
 * A stand-in collector over msw: it records what arrives and answers with whatever the test
 * sets (`respond`), or fails at the network level (`offline`).
 */
export function collectorDouble() {
  const received: { submission: Submission; idempotencyKey: string | null; contentType: string | null }[] = [];
  const state = { offline: false, respond: (): Response => HttpResponse.json({ stored: 1 }) };
  const server = setupServer(
    http.post(ENDPOINT, async ({ request }) => {
      if (state.offline) return HttpResponse.error();
      const submission = (await request.json()) as Submission;
      received.push({ submission, idempotencyKey: request.headers.get('Idempotency-Key'), contentType: request.headers.get('Content-Type') });
      return state.respond();
    }),
  );
  return { server, received, state };
}
