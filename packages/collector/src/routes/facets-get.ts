import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FacetsReply } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { FilterQuerySchema } from '../http/filter-query.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/facets?<filters>`: what the results app's filters can choose from: questions, languages, versions, metadata keys and values. */
export const facetsGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/facets',
    schema: { querystring: FilterQuerySchema },
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (request): Promise<FacetsReply> => store.results.facets(request.query),
  });
};
