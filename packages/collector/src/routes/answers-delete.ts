import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originGuard } from '../http/origin-guard.js';
import { routeRateLimit } from '../http/rate-limits.js';
import { allowedOrigins, type RouteContext } from './route-context.js';

const ParamsSchema = z.object({
  id: z.uuid('A withdrawal names the submission by its id, a UUID like 3f0b8a52-4a8e-4c43-9a51-6f6f1b2c7d10 (the "id" the widget sent); what came is not one.'),
});

/**
 * `DELETE /v1/answers/:id`: withdraws a submission. The id (a random UUID made on the device) is
 * the only key, so the reply is the same 204 whether or not it was stored: it tells nothing to
 * someone trying ids. Withdrawals are rate-limited per client more tightly than posts, and a
 * later copy of a withdrawn id (a retry in flight) is not stored again.
 */
export const answersDeleteRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'DELETE',
    url: '/v1/answers/:id',
    schema: { params: ParamsSchema },
    onRequest: originGuard(allowedOrigins(config), 'withdraw answers from'),
    config: routeRateLimit(config.withdrawRateLimit, config.rateLimit),
    handler: async (request, reply) => {
      await store.withdraw(request.params.id);
      return reply.code(204).send();
    },
  });
};
