import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeIssues, ProbeReplySchema, ProbeRequestSchema, type ProbeReply } from '@candor/protocol';
import { askFollowUp } from '../llm/ask-follow-up.js';
import { HttpError } from '../http/http-error.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { originGuard } from '../http/origin-guard.js';
import { routeRateLimit } from '../http/rate-limits.js';
import { zodIssue } from '../http/validation-error.js';
import { allowedOrigins, type RouteContext } from './route-context.js';

export type { ProbeReply };

/**
 * `POST /v1/probe`: one follow-up question for an answer, written by the configured model.
 * `200 { followUp: null }` whenever there is none to give (no model, timeout, error, unusable
 * text): the widget then shows its fixed probe or skips the step. A malformed body gets a 400
 * naming the field. Same origin rules as POST /v1/answers, and a per-client limit of its own.
 */
export const probePostRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { chat, config }) => {
  useJsonBodyParsers(app);
  const timeoutMs = config.llm?.timeoutMs;

  app.route({
    method: 'POST',
    url: '/v1/probe',
    schema: { body: ProbeRequestSchema, response: { 200: ProbeReplySchema } },
    schemaErrorFormatter: (errors) => new HttpError(400, `The body is not a valid follow-up request: ${describeIssues(errors.map(zodIssue))}.`),
    onRequest: originGuard(allowedOrigins(config), 'ask for follow-ups from'),
    config: routeRateLimit(config.probeRateLimit, config.rateLimit),
    preValidation: async (request) => {
      if (request.body === undefined) throw new HttpError(400, 'The request body is empty; send a JSON object { questionId, prompt, answer, locale }.');
    },
    handler: async (request): Promise<ProbeReply> => {
      if (!chat || timeoutMs === undefined) return { followUp: null };
      const { prompt, answer, locale } = request.body;
      const outcome = await askFollowUp(chat, { prompt, answer, locale }, { timeoutMs });
      if (outcome.followUp === null) request.log.warn({ reason: outcome.reason }, 'no model follow-up; the widget uses its fixed probe');
      return { followUp: outcome.followUp };
    },
  });
};
