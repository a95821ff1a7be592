import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { SurveyParamsSchema } from './definition-params.js';
import type { DefinitionHistoryReply } from './definition-replies.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/surveys/:surveyId/definitions` (admin): the published definition (null when none) and every version with its date, newest first. */
export const definitionHistoryRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/surveys/:surveyId/definitions',
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    schema: { params: SurveyParamsSchema },
    handler: async (request): Promise<DefinitionHistoryReply> => {
      const { surveyId } = request.params;
      const [current, versions] = await Promise.all([store.definitions.published(surveyId), store.definitions.history(surveyId)]);
      return { surveyId, current: current?.definition ?? null, versions, maxAge: config.definitionMaxAge };
    },
  });
};
