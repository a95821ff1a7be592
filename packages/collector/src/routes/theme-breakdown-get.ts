import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ThemeBreakdownReply } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { BreakdownQuerySchema } from '../http/results-query.js';
import { loadThemeBreakdown, MAX_BREAKDOWN_GROUPS } from '../themes/reports/theme-breakdown.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /v1/themes/breakdown?question=&by=language|metadata&key=&<filters>`: a question's themes
 * per language, or per value of a metadata key, under the privacy threshold (groups and cells
 * under k folded).
 */
export const themeBreakdownGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/themes/breakdown',
    schema: { querystring: BreakdownQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (request): Promise<ThemeBreakdownReply> =>
      loadThemeBreakdown(themes, request.query, (key) => store.results.metadataValues(request.query.filter, key, MAX_BREAKDOWN_GROUPS)),
  });
};
