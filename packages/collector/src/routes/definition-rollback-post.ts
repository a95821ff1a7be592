import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { HttpError } from '../http/http-error.js';
import { nothingPublished, SurveyParamsSchema, SurveyVersionParamsSchema } from './definition-params.js';
import type { PublishReply } from './definition-replies.js';
import type { RouteContext } from './route-context.js';

const RollbackBodySchema = z.strictObject({
  /** The earlier version whose content is published again. */
  version: SurveyVersionParamsSchema.shape.version,
});

/**
 * `POST /v1/surveys/:surveyId/rollback` (admin), body `{ "version": "1" }`: publishes that
 * version's content again as the next version (201), so versions only grow and every answer keeps
 * the version it was given; nothing new when it is the published content already (200,
 * `published: false`). 404 when the survey has no such version.
 */
export const definitionRollbackRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'POST',
    url: '/v1/surveys/:surveyId/rollback',
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    schema: { params: SurveyParamsSchema, body: RollbackBodySchema },
    handler: async (request, reply): Promise<PublishReply> => {
      const { surveyId } = request.params;
      const { version } = request.body;
      const earlier = await store.definitions.version(surveyId, version);
      if (!earlier) {
        const newest = (await store.definitions.history(surveyId))[0];
        if (!newest) throw new HttpError(404, nothingPublished(surveyId));
        throw new HttpError(404, `Survey "${surveyId}" has no version ${version}; its versions are 1 to ${newest.version}.`);
      }
      const { version: _version, publishedAt: _publishedAt, ...content } = earlier.definition;
      const { published, current } = await store.definitions.publish(content, { restoredFrom: version });
      reply.code(published ? 201 : 200);
      return { published, definition: current.definition, ...(published ? { restoredFrom: version } : {}) };
    },
  });
};
