import type { FastifyPluginAsync } from 'fastify';
import type { AnswerStore } from '../store/answer-store.js';
import { presentedAdminToken, requireAdminToken } from '../http/admin-token.js';
import { parseListQuery } from '../http/list-query.js';
import { renderResultsPage } from '../results/render-results-page.js';

export interface ResultsPageOptions {
  store: AnswerStore;
  adminToken: string | undefined;
}

/** No scripts, no external anything: the page is inert HTML with inline styles; its form only GETs this page. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** `GET /?token=<admin token>&q=&question=&survey=&locale=&partial=&from=&to=&limit=&offset=`: the server-rendered results page. */
export const resultsPageRoute: FastifyPluginAsync<ResultsPageOptions> = async (app, { store, adminToken }) => {
  app.get('/', async (request, reply) => {
    const token = presentedAdminToken(request);
    requireAdminToken(adminToken, token, 'the "token" query parameter (/?token=<token>)');
    const { limit, offset, ...filter } = parseListQuery(request.query as Record<string, unknown>);
    const [result, counts] = await Promise.all([store.list({ limit, offset, ...filter }), store.counts(filter)]);
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('referrer-policy', 'no-referrer')
      .send(renderResultsPage(result, counts, { token: token ?? '', filter, offset, limit }));
  });
};
