import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import type { PublishedSurveysReply } from './definition-replies.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/definitions` (admin): every survey with a published definition, its version and date; most recently published first. */
export const definitionsListRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/definitions',
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (): Promise<PublishedSurveysReply> => ({ surveys: await store.definitions.surveys() }),
  });
};
