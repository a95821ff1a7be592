import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { FilterQuerySchema } from '../http/filter-query.js';
import { sendDownload } from '../http/send-download.js';
import { jsonlExport } from '../export/jsonl-export.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /v1/answers.jsonl`: every submission matching the filter, newest first, one per line as
 * stored, streamed as a download. Admin token as a Bearer header or `?token=`.
 */
export const answersJsonlRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/answers.jsonl',
    schema: { querystring: FilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request, reply) => sendDownload(reply, 'answers', 'jsonl', 'application/jsonl; charset=utf-8', Readable.from(jsonlExport(store.export(request.query)))),
  });
};
