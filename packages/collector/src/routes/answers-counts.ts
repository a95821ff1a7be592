import type { FastifyPluginAsync } from 'fastify';
import type { AnswerCounts, AnswerStore } from '../store/answer-store.js';
import { presentedAdminToken, requireAdminToken } from '../http/admin-token.js';
import { parseFilterQuery } from '../http/filter-query.js';

export interface AnswersCountsOptions {
  store: AnswerStore;
  adminToken: string | undefined;
}

/** `GET /v1/answers/counts`, with the list's filters: the total, answers per question and submissions per day. */
export const answersCountsRoute: FastifyPluginAsync<AnswersCountsOptions> = async (app, { store, adminToken }) => {
  app.get('/v1/answers/counts', async (request): Promise<AnswerCounts> => {
    requireAdminToken(adminToken, presentedAdminToken(request), 'the header "Authorization: Bearer <token>"');
    return store.counts(parseFilterQuery(request.query as Record<string, unknown>));
  });
};
