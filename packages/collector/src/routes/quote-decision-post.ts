import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminOnly, BEARER_OR_QUERY } from '../http/admin-token.js';
import { HttpError } from '../http/http-error.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { QuoteDecisionBodySchema, QuoteDecisionParamsSchema } from '../http/quote-decision.js';
import type { RouteContext } from './route-context.js';

/** Where a form post may send the browser back to: the results page, with its query. */
const BACK = /^\/(\?[^#\s\\]*)?$/;
const FORM = 'application/x-www-form-urlencoded';

/**
 * `POST /v1/quotes/:submissionId/:questionId` with `{ "status": "approved" | "rejected" | "pending" }`,
 * behind the admin token: records a decision on quoting an answer. As JSON, or as a form from
 * the results page, which is sent back to the page.
 */
export const quoteDecisionPostRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { themes, config }) => {
  useJsonBodyParsers(app);
  app.addContentTypeParser(FORM, { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.route({
    method: 'POST',
    url: '/v1/quotes/:submissionId/:questionId',
    schema: { params: QuoteDecisionParamsSchema, body: QuoteDecisionBodySchema },
    onRequest: adminOnly(config.adminToken, BEARER_OR_QUERY),
    handler: async (request, reply) => {
      const { submissionId, questionId } = request.params;
      const { status, back } = request.body;
      if (!(await themes.store.decideQuote(submissionId, questionId, status))) {
        throw new HttpError(404, 'There is no answer to quote there: no such submission or answer, it was withdrawn, or its respondent did not allow quotes.');
      }
      if ((request.headers['content-type'] ?? '').startsWith(FORM)) {
        return reply.redirect(`${back !== undefined && BACK.test(back) ? back : '/'}#quotes`, 303);
      }
      return { submissionId, questionId, status };
    },
  });
};
