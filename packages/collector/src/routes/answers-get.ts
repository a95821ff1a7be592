import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { StoredSubmission } from '../store/answer-store.js';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { ListQuerySchema } from '../http/list-query.js';
import type { RouteContext } from './route-context.js';

/** One page of stored submissions, newest first. */
export interface AnswersGetReply {
  total: number;
  limit: number;
  offset: number;
  items: StoredSubmission[];
}

/** `GET /v1/answers?limit=&offset=&survey=`: what was stored, behind `Authorization: Bearer <admin token>`. */
export const answersGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/answers',
    schema: { querystring: ListQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (request): Promise<AnswersGetReply> => {
      const { total, items } = await store.list(request.query);
      return { total, limit: request.query.limit, offset: request.query.offset, items };
    },
  });
};
