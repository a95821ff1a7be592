import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { ReportQuerySchema } from '../http/results-query.js';
import { loadReportData } from '../export/report-data.js';
import { renderReportHtml } from '../export/report-html.js';
import type { RouteContext } from './route-context.js';

/** The report file may show its own inline styles and nothing else: no script, no fetch, no image. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * `GET /v1/report.html?survey=&from=&to=`: the report for a survey and a date range, as one
 * self-contained HTML file to keep, share or print as a PDF: the method, the counts, the themes
 * with their confidence intervals and the approved quotes, all through the privacy threshold.
 */
export const reportHtmlRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/report.html',
    schema: { querystring: ReportQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (request, reply) => {
      const html = renderReportHtml(await loadReportData(store, themes, request.query));
      const day = new Date().toISOString().slice(0, 10);
      const name = `candor-report-${(request.query.surveyId ?? 'all-surveys').replace(/[^\w.-]+/g, '-').slice(0, 60)}-${day}.html`;
      return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).header('content-disposition', `attachment; filename="${name}"`).send(html);
    },
  });
};
