import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SurveyDefinitionSchema } from '@candor/protocol';
import { adminOnly, BEARER_ONLY } from '../http/admin-token.js';
import { definitionBodyError } from '../http/definition-body-error.js';
import { HttpError } from '../http/http-error.js';
import { describeValidationErrors } from '../http/validation-error.js';
import { DefinitionConflict } from '../store/definition-store.js';
import { SurveyParamsSchema } from './definition-params.js';
import type { PublishReply } from './definition-replies.js';
import type { RouteContext } from './route-context.js';

/**
 * What a publish takes: a survey definition whose `surveyId` (the path's when left out),
 * `version` and `publishedAt` may be left out. `version`, when given, is the version the draft
 * was edited from: a publish made after another one was published from under it is refused.
 */
export const PublishBodySchema = SurveyDefinitionSchema.partial({ surveyId: true, version: true, publishedAt: true });

/** Sends a 409 naming the versions when a draft's base is no longer the published version. */
export function conflictError(conflict: DefinitionConflict): HttpError {
  return new HttpError(
    409,
    `This draft was edited from version ${conflict.basedOn}, but version ${conflict.published} has been published since; reload it, make your changes again, then publish.`,
    {},
    { published: conflict.published },
  );
}

/**
 * `POST /v1/surveys/:surveyId/definitions` (admin): publishes the body as the survey's next
 * version (201), stamped with `version` and `publishedAt` by the collector; the same content as
 * the published one publishes nothing (200, `published: false`). A body that is not a valid
 * definition gets a 400 naming each field (also listed in `issues`).
 */
export const definitionPublishRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  app.route({
    method: 'POST',
    url: '/v1/surveys/:surveyId/definitions',
    onRequest: adminOnly(config.adminToken, BEARER_ONLY, 'bearer'),
    schema: { params: SurveyParamsSchema, body: PublishBodySchema },
    schemaErrorFormatter: (errors, dataVar) => (dataVar === 'body' ? definitionBodyError(errors) : describeValidationErrors(errors, dataVar)),
    handler: async (request, reply): Promise<PublishReply> => {
      const { surveyId } = request.params;
      const { version: basedOn, publishedAt: _publishedAt, surveyId: named, ...content } = request.body;
      if (named !== undefined && named !== surveyId) {
        throw new HttpError(400, `The "surveyId" field ("${named.slice(0, 100)}") must be the survey in the path ("${surveyId}"), or be left out.`, {}, {
          issues: [{ path: 'surveyId', message: `must be "${surveyId}", the survey in the path` }],
        });
      }
      try {
        const { published, current } = await store.definitions.publish({ ...content, surveyId }, basedOn === undefined ? {} : { basedOn });
        reply.code(published ? 201 : 200);
        return { published, definition: current.definition };
      } catch (error) {
        if (error instanceof DefinitionConflict) throw conflictError(error);
        throw error;
      }
    },
  });
};
