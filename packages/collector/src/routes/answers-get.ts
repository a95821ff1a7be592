import type { FastifyPluginAsync } from 'fastify';
import type { AnswerStore, StoredSubmission } from '../store/answer-store.js';
import { bearerToken, requireAdminToken } from '../http/admin-token.js';
import { parseListQuery } from '../http/list-query.js';

export interface AnswersGetOptions {
  store: AnswerStore;
  adminToken: string | undefined;
}

/** One page of stored submissions, newest first. */
export interface AnswersGetReply {
  total: number;
  limit: number;
  offset: number;
  items: StoredSubmission[];
}

/** `GET /v1/answers?limit=&offset=&survey=`: what was stored, behind `Authorization: Bearer <admin token>`. */
export const answersGetRoute: FastifyPluginAsync<AnswersGetOptions> = async (app, { store, adminToken }) => {
  app.get('/v1/answers', {
    onRequest: async (request) => {
      requireAdminToken(adminToken, bearerToken(request.headers.authorization), 'the header "Authorization: Bearer <token>"');
    },
  }, async (request): Promise<AnswersGetReply> => {
    const query = parseListQuery(request.query as Record<string, unknown>);
    const { total, items } = await store.list(query);
    return { total, limit: query.limit, offset: query.offset, items };
  });
};
