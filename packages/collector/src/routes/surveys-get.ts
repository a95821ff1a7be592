import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SurveysReply } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/surveys`: every survey with answers, its versions and counts, and whether it is sample data; most recent first. */
export const surveysGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/surveys',
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (): Promise<SurveysReply> => ({ surveys: await store.results.surveys() }),
  });
};
