import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { entityTagMatches } from '../http/entity-tag-matches.js';
import { HttpError } from '../http/http-error.js';
import { nothingPublished, SurveyParamsSchema } from './definition-params.js';
import type { RouteContext } from './route-context.js';

/**
 * `GET /v1/surveys/:surveyId`: the survey's published definition (`SurveyDefinition`, the
 * widget's `surveyUrl`), public, for the allowed origins' pages like POST /v1/answers. Browsers
 * and caches may keep it `definitionMaxAge` seconds; its `ETag` lets them revalidate (304 while
 * it is unchanged). 404 when nothing is published for the survey.
 */
export const definitionGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'GET',
    url: '/v1/surveys/:surveyId',
    schema: { params: SurveyParamsSchema },
    handler: async (request, reply) => {
      const { surveyId } = request.params;
      const published = await store.definitions.published(surveyId);
      if (!published) throw new HttpError(404, nothingPublished(surveyId));
      reply.header('etag', published.etag).header('cache-control', `public, max-age=${config.definitionMaxAge}`);
      if (entityTagMatches(request.headers['if-none-match'], published.etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(published.text);
    },
  });
};
