import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { sendDownload } from '../http/send-download.js';
import { ThemeFilterQuerySchema } from '../http/theme-query.js';
import { approvedQuotes } from '../export/approved-quotes.js';
import { quotesCsv } from '../export/quotes-export.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/quotes.csv?<filters>`: the approved quotes that still pass the threshold, as a CSV download. */
export const quotesCsvRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/quotes.csv',
    schema: { querystring: ThemeFilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request, reply) => sendDownload(reply, 'quotes', 'csv', 'text/csv; charset=utf-8; header=present', quotesCsv(await approvedQuotes(themes, request.query))),
  });
};
