import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AnswerCounts } from '../store/answer-store.js';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { FilterQuerySchema } from '../http/filter-query.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/answers/counts`, with the list's filters: the total, answers per question and submissions per day. */
export const answersCountsRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/answers/counts',
    schema: { querystring: FilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY),
    handler: async (request): Promise<AnswerCounts> => store.counts(request.query),
  });
};
