import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { sendDownload } from '../http/send-download.js';
import { ThemeFilterQuerySchema } from '../http/theme-query.js';
import { themesCsv } from '../export/themes-csv.js';
import { loadThemeReport } from '../themes/reports/theme-view.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/themes.csv?<filters>`: the theme report as an aggregate CSV download, behind the admin token. */
export const themesCsvRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/themes.csv',
    schema: { querystring: ThemeFilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request, reply) => {
      const report = await loadThemeReport(themes, request.query);
      return sendDownload(reply, 'themes', 'csv', 'text/csv; charset=utf-8; header=present', themesCsv(report));
    },
  });
};
