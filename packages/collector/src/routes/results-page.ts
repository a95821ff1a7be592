import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SubmissionFilter } from '../store/submission-filter.js';
import { adminOnly, bearerToken } from '../http/admin-token.js';
import { sendHtmlPage } from '../http/html-page.js';
import { PageQuerySchema } from '../http/list-query.js';
import { renderResultsPage } from '../results/render-results-page.js';
import { renderThemesSection } from '../results/render-themes-section.js';
import { THEME_CHART_STYLE } from '../results/render-theme-chart.js';
import { resultsHref } from '../results/results-href.js';
import { loadQuoteCandidates } from '../themes/reports/quote-candidates.js';
import { withQuoteTexts } from '../themes/reports/quote-texts.js';
import type { ThemesContext } from '../themes/reports/theme-view.js';
import type { RouteContext } from './route-context.js';

/** Pending quotes the page lists at most. */
const QUEUE_ON_PAGE = 20;

/** `GET /?token=<admin token>&q=&question=&survey=&locale=&partial=&from=&to=&limit=&offset=`: the server-rendered results page. */
export const resultsPageRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config, themes }) => {
  app.route({
    method: 'GET',
    url: '/',
    schema: { querystring: PageQuerySchema },
    onRequest: adminOnly(config.adminToken, 'the "token" query parameter (/?token=<token>)'),
    handler: async (request, reply) => {
      const { limit, offset, filter } = request.query;
      const token = request.query.token ?? bearerToken(request.headers.authorization) ?? '';
      const [result, counts, themesHtml] = await Promise.all([
        store.list({ limit, offset, ...filter }),
        store.counts(filter),
        renderThemes(themes, token, filter, resultsHref('/', token, filter, offset ? { offset, limit } : {})),
      ]);
      return sendHtmlPage(reply, renderResultsPage(result, counts, { token, filter, offset, limit }, themesHtml ? { html: themesHtml, style: THEME_CHART_STYLE } : undefined));
    },
  });
};

async function renderThemes(themes: ThemesContext, token: string, filter: SubmissionFilter, back: string): Promise<string> {
  const { view, candidates } = await loadQuoteCandidates(themes, filter);
  const pending = candidates.filter((c) => c.status === 'pending');
  return renderThemesSection(view.report, token, filter, {
    back,
    pending: await withQuoteTexts(themes.store, pending.slice(0, QUEUE_ON_PAGE)),
    pendingTotal: pending.length,
    approvedTotal: candidates.filter((c) => c.status === 'approved').length,
    minGroupSize: themes.minGroupSize,
  });
}
