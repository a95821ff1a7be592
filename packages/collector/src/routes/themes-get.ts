import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { ThemeFilterQuerySchema } from '../http/theme-query.js';
import type { ThemeReport } from '../themes/reports/theme-report.js';
import { loadThemeReport } from '../themes/reports/theme-view.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/themes?<filters>` (also `surveyId`, `questionId`): the {@link ThemeReport}, behind the admin token. */
export const themesGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/themes',
    schema: { querystring: ThemeFilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request): Promise<ThemeReport> => loadThemeReport(themes, request.query),
  });
};
