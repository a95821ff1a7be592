import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { QuotesQuerySchema } from '../http/theme-query.js';
import { loadQuotePage } from '../themes/reports/quote-page.js';
import { withQuoteTexts, type QuoteWithText } from '../themes/reports/quote-texts.js';
import type { RouteContext } from './route-context.js';

export interface QuotesReply {
  minGroupSize: number;
  total: number;
  limit: number;
  offset: number;
  items: QuoteWithText[];
}

/**
 * `GET /v1/quotes?status=pending|approved|rejected|all&limit=&offset=&<filters>`, behind the admin
 * token: the quote approval queue, answers from respondents who allowed quotes, in themes of at
 * least k people, with their status.
 */
export const quotesGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/quotes',
    schema: { querystring: QuotesQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request): Promise<QuotesReply> => {
      const { status, limit, offset, filter } = request.query;
      const page = await loadQuotePage(themes, filter, { status, limit, offset });
      return { minGroupSize: themes.minGroupSize, total: page.total, limit, offset, items: await withQuoteTexts(themes.store, page.items) };
    },
  });
};
