import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SurveyDefinition } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { HttpError } from '../http/http-error.js';
import { SurveyVersionParamsSchema } from './definition-params.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/surveys/:surveyId/definitions/:version` (admin): one version as it was published; 404 when there is no such version. */
export const definitionVersionRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/surveys/:surveyId/definitions/:version',
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    schema: { params: SurveyVersionParamsSchema },
    handler: async (request): Promise<SurveyDefinition> => {
      const { surveyId, version } = request.params;
      const found = await store.definitions.version(surveyId, version);
      if (!found) throw new HttpError(404, `Survey "${surveyId}" has no version ${version} of its definition.`);
      return found.definition;
    },
  });
};
