import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { OverviewReply } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { OverviewQuerySchema } from '../http/results-query.js';
import type { RouteContext } from './route-context.js';

/** Submissions the overview lists as the latest. */
const LATEST = 5;

/**
 * `GET /v1/overview?<filters>&tz=&bucket=day|week`: the results app's overview: submissions,
 * distinct people, finished and partial, languages, questions with their latest wording,
 * arrivals per day or week in the viewer's time zone, and the newest five submissions.
 */
export const overviewGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/overview',
    schema: { querystring: OverviewQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (request): Promise<OverviewReply> => {
      const { filter, tz, bucket } = request.query;
      const [counts, latest] = await Promise.all([store.results.overview(filter, { tz, bucket }), store.list({ ...filter, limit: LATEST, offset: 0 })]);
      return { ...counts, latest: latest.items };
    },
  });
};
