import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { ReclassifyBodySchema } from '../http/reclassify-body.js';
import type { QuestionRun } from '../themes/classification/classify-job.js';
import type { RouteContext } from './route-context.js';

/**
 * `POST /v1/themes/reclassify` (optional body `{ "questionId": "..." }`), behind the admin token:
 * runs the classification job now and answers what it did.
 */
export const themesReclassifyRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { scheduler, config }) => {
  useJsonBodyParsers(app);
  app.route({
    method: 'POST',
    url: '/v1/themes/reclassify',
    schema: { body: ReclassifyBodySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request): Promise<{ runs: QuestionRun[] }> => {
      const { questionId } = request.body;
      return { runs: await scheduler.runNow(questionId === undefined ? undefined : [questionId]) };
    },
  });
};
