import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { FilterQuerySchema } from '../http/filter-query.js';
import { sendDownload } from '../http/send-download.js';
import { csvExport } from '../export/csv-export.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /v1/answers.csv`: every submission matching the filter, newest first, one row per answer
 * (spreadsheet-safe), streamed as a download. Admin token as a Bearer header or `?token=` (so a
 * link can download it).
 */
export const answersCsvRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/answers.csv',
    schema: { querystring: FilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request, reply) =>
      sendDownload(reply, 'answers', 'csv', 'text/csv; charset=utf-8; header=present', Readable.from(csvExport(store.export(request.query)))),
  });
};
