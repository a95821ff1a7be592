import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { FilterQuerySchema } from '../http/filter-query.js';
import { sendDownload } from '../http/send-download.js';
import { submissionsCsv } from '../export/submissions-csv.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /v1/submissions.csv?<filters>`: every matching submission, newest first, one row each
 * with every field it came with and five columns per question (its follow-up included) and one
 * per metadata key; streamed, spreadsheet-safe.
 */
export const submissionsCsvRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/submissions.csv',
    schema: { querystring: FilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (request, reply) => {
      const columns = await store.results.exportColumns(request.query);
      return sendDownload(reply, 'submissions', 'csv', 'text/csv; charset=utf-8; header=present', Readable.from(submissionsCsv(store.export(request.query), columns)));
    },
  });
};
