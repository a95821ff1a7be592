import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod';
import { describeIssues } from '@candor/protocol';
import type { ChatClient } from '../llm/chat-client.js';
import { askFollowUp } from '../llm/ask-follow-up.js';
import { HttpError } from '../http/http-error.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { originGuard } from '../http/origin-guard.js';
import { routeRateLimit } from '../http/rate-limits.js';

/** Time the model has to write a follow-up, by default, before the widget is told to use its fixed probe. */
export const DEFAULT_PROBE_TIMEOUT_MS = 2500;
/** Follow-ups one client may ask for a minute, by default. */
export const DEFAULT_PROBE_RATE_LIMIT = 60;

export interface ProbePostOptions {
  /** The model; without one every request gets `{ followUp: null }`. */
  chat: ChatClient | undefined;
  timeoutMs: number;
  origins: readonly string[] | '*';
  /** Requests one client may make a minute. */
  perMinute: number;
  /** The collector-wide limit (0: limits off). */
  globalPerMinute: number;
}

/** What POST /v1/probe answers: a follow-up question, or null for "use your fixed probe". */
export interface ProbeReply {
  followUp: string | null;
}

const text = (min: number, max: number) => z.string(`must be a string of ${min} to ${max} characters`).min(min, `must be ${min} to ${max} characters long`).max(max, `must be ${min} to ${max} characters long`);

/** The body of POST /v1/probe. Unknown fields are ignored. */
export const ProbeRequestSchema = z.object(
  {
    questionId: text(1, 100),
    /** The question exactly as shown. */
    prompt: text(1, 2_000),
    /** The answer, already redacted on the device. */
    answer: text(1, 5_000),
    locale: text(2, 35),
    surveyId: text(1, 100).optional(),
  },
  'must be a JSON object { questionId, prompt, answer, locale }',
);

/**
 * `POST /v1/probe`: one follow-up question for an answer, written by the configured model.
 * `200 { followUp: null }` whenever there is none to give (no model, timeout, error, unusable
 * text): the widget then shows its fixed probe or skips the step. A malformed body gets a 400
 * naming the field. Same origin rules as POST /v1/answers, and a per-client limit of its own.
 */
export const probePostRoute: FastifyPluginAsync<ProbePostOptions> = async (app, { chat, timeoutMs, origins, perMinute, globalPerMinute }) => {
  useJsonBodyParsers(app);

  app.post(
    '/v1/probe',
    { onRequest: originGuard(origins, 'ask for follow-ups from'), config: routeRateLimit(perMinute, globalPerMinute) },
    async (request): Promise<ProbeReply> => {
      if (request.body === undefined) {
        throw new HttpError(400, 'The request body is empty; send a JSON object { questionId, prompt, answer, locale }.');
      }
      const parsed = ProbeRequestSchema.safeParse(request.body);
      if (!parsed.success) throw new HttpError(400, `The body is not a valid follow-up request: ${describeIssues(parsed.error.issues)}.`);
      if (!chat) return { followUp: null };

      const { prompt, answer, locale } = parsed.data;
      const outcome = await askFollowUp(chat, { prompt, answer, locale }, { timeoutMs });
      if (outcome.followUp === null) request.log.warn({ reason: outcome.reason }, 'no model follow-up; the widget uses its fixed probe');
      return { followUp: outcome.followUp };
    },
  );
};
