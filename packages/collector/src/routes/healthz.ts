import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { StoreKind } from '../store/answer-store.js';
import { noRateLimit } from '../http/rate-limits.js';
import type { RouteContext } from './route-context.js';

/** What /healthz answers. */
export type HealthzReply = { ok: true; store: StoreKind } | { ok: false; store: StoreKind; error: string };

/**
 * `GET /healthz`: 200 `{ ok: true, store }` when the process serves and its database answers;
 * 503 `{ ok: false, store, error }` when the database does not. Never rate-limited.
 */
export const healthzRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/healthz',
    config: noRateLimit(config.rateLimit),
    handler: async (request, reply): Promise<HealthzReply> => {
      try {
        await store.ping();
        return { ok: true, store: store.kind };
      } catch (error) {
        request.log.error({ err: error }, 'health check: the database does not answer');
        reply.code(503).header('retry-after', '5');
        return { ok: false, store: store.kind, error: 'The database does not answer; see the collector logs.' };
      }
    },
  });
};
