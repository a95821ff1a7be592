import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { ThemeFilterQuerySchema } from '../http/theme-query.js';
import { approvedQuotes } from '../export/approved-quotes.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/quotes.json?<filters>`: the approved quotes that still pass the threshold, without ids, for publication. */
export const quotesJsonRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/quotes.json',
    schema: { querystring: ThemeFilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request) => ({ minGroupSize: themes.minGroupSize, quotes: await approvedQuotes(themes, request.query) }),
  });
};
