import type { FastifyPluginAsync } from 'fastify';
import type { AnswerStore } from '../store/answer-store.js';
import { HttpError } from '../http/http-error.js';
import { originGuard } from '../http/origin-guard.js';
import { routeRateLimit } from '../http/rate-limits.js';

export interface AnswersDeleteOptions {
  store: AnswerStore;
  origins: readonly string[] | '*';
  /** Withdrawals one client may ask for a minute. */
  perMinute: number;
  /** The collector-wide limit (0: limits off). */
  globalPerMinute: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `DELETE /v1/answers/:id`: withdraws a submission. The id (a random UUID made on the device) is
 * the only key, so the reply is the same 204 whether or not it was stored: it tells nothing to
 * someone trying ids. Withdrawals are rate-limited per client more tightly than posts, and a
 * later copy of a withdrawn id (a retry in flight) is not stored again.
 */
export const answersDeleteRoute: FastifyPluginAsync<AnswersDeleteOptions> = async (app, { store, origins, perMinute, globalPerMinute }) => {
  app.delete<{ Params: { id: string } }>(
    '/v1/answers/:id',
    { onRequest: originGuard(origins, 'withdraw answers from'), config: routeRateLimit(perMinute, globalPerMinute) },
    async (request, reply) => {
      const { id } = request.params;
      if (!UUID.test(id)) {
        throw new HttpError(400, 'A withdrawal names the submission by its id, a UUID like 3f0b8a52-4a8e-4c43-9a51-6f6f1b2c7d10 (the "id" the widget sent); what came is not one.');
      }
      await store.withdraw(id);
      return reply.code(204).send();
    },
  );
};
