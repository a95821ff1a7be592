import type { FastifyPluginAsync } from 'fastify';
import type { AnswerStore } from '../store/answer-store.js';
import { bearerToken, requireAdminToken } from '../http/admin-token.js';
import { parseListQuery } from '../http/list-query.js';
import { renderResultsPage } from '../results/render-results-page.js';

export interface ResultsPageOptions {
  store: AnswerStore;
  adminToken: string | undefined;
}

/** No scripts, no external anything: the page is inert HTML with inline styles. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `GET /?token=<admin token>&survey=&limit=&offset=`: a plain server-rendered results page. */
export const resultsPageRoute: FastifyPluginAsync<ResultsPageOptions> = async (app, { store, adminToken }) => {
  app.get('/', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const fromQuery = typeof query['token'] === 'string' ? query['token'] : undefined;
    requireAdminToken(adminToken, fromQuery ?? bearerToken(request.headers.authorization), 'the "token" query parameter (/?token=<token>)');
    const list = parseListQuery(query);
    const result = await store.list(list);
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('referrer-policy', 'no-referrer')
      .send(renderResultsPage(result, { offset: list.offset, ...(list.surveyId ? { surveyId: list.surveyId } : {}) }));
  });
};
