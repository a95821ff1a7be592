import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SampleDataRemoved } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import type { RouteContext } from './route-context.js';

/**
 * `DELETE /v1/sample-data`: withdraws every submission marked as sample data
 * (`context.metadata.sampleData = true`, as the demo's made-up respondents are), with their
 * themes and quote decisions, in one step. They are not stored again if sent again.
 */
export const sampleDataDeleteRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'DELETE',
    url: '/v1/sample-data',
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    handler: async (): Promise<SampleDataRemoved> => ({ removed: await store.results.removeSampleData() }),
  });
};
