import type { FastifyPluginAsync } from 'fastify';
import type { AnswerStore, SubmissionFilter } from '../store/answer-store.js';
import { presentedAdminToken, requireAdminToken } from '../http/admin-token.js';
import { parseListQuery } from '../http/list-query.js';
import { renderResultsPage } from '../results/render-results-page.js';
import { renderThemesSection } from '../results/render-themes-section.js';
import { THEME_CHART_STYLE } from '../results/render-theme-chart.js';
import { resultsHref } from '../results/results-href.js';
import { loadThemeView, type ThemesContext } from '../themes/theme-view.js';
import { quoteCandidates } from '../themes/quote-candidates.js';
import { withQuoteTexts } from '../themes/quote-texts.js';

export interface ResultsPageOptions {
  store: AnswerStore;
  adminToken: string | undefined;
  /** Theme analysis; without it the page shows answers only. */
  themes?: ThemesContext;
}

/** No scripts, no external anything: the page is inert HTML with inline styles; its forms only reach this collector. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Pending quotes the page lists at most. */
const QUEUE_ON_PAGE = 20;

/** `GET /?token=<admin token>&q=&question=&survey=&locale=&partial=&from=&to=&limit=&offset=`: the server-rendered results page. */
export const resultsPageRoute: FastifyPluginAsync<ResultsPageOptions> = async (app, { store, adminToken, themes }) => {
  app.get('/', async (request, reply) => {
    const token = presentedAdminToken(request);
    requireAdminToken(adminToken, token, 'the "token" query parameter (/?token=<token>)');
    const { limit, offset, ...filter } = parseListQuery(request.query as Record<string, unknown>);
    const [result, counts, themesHtml] = await Promise.all([
      store.list({ limit, offset, ...filter }),
      store.counts(filter),
      themes ? renderThemes(themes, token ?? '', filter, resultsHref('/', token ?? '', filter, offset ? { offset, limit } : {})) : '',
    ]);
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('referrer-policy', 'no-referrer')
      .send(renderResultsPage(result, counts, { token: token ?? '', filter, offset, limit }, themesHtml ? { html: themesHtml, style: THEME_CHART_STYLE } : undefined));
  });
};

async function renderThemes(themes: ThemesContext, token: string, filter: SubmissionFilter, back: string): Promise<string> {
  const [view, decisions] = await Promise.all([loadThemeView(themes, filter), themes.store.quoteDecisions()]);
  const candidates = quoteCandidates(view, decisions);
  const pending = candidates.filter((c) => c.status === 'pending');
  return renderThemesSection(view.report, token, filter, {
    back,
    pending: await withQuoteTexts(themes.store, pending.slice(0, QUEUE_ON_PAGE)),
    pendingTotal: pending.length,
    approvedTotal: candidates.filter((c) => c.status === 'approved').length,
    minGroupSize: themes.minGroupSize,
  });
}
