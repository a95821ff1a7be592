import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AnswersReplySchema, describeIssues, PROTOCOL_VERSION, type AnswersReply, type Submission } from '@candor/protocol';
import { HttpError } from '../http/http-error.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { originGuard } from '../http/origin-guard.js';
import { StorableSubmissionBodySchema } from '../http/submission-body.js';
import { zodIssue } from '../http/validation-error.js';
import { allowedOrigins, type RouteContext } from './route-context.js';

/** What a successful POST answers: how many submissions came, which ids are new, which were already stored. */
export type AnswersPostReply = AnswersReply;

/**
 * `POST /v1/answers`: one submission or a batch, as application/json or text/plain. A repeated
 * id is a success that stores nothing new. Pages from origins that are not allowed get a 403.
 * A body that is not a valid submission gets a 422 naming each field at fault. Only what the
 * protocol defines is stored: fields it does not define are stripped, at every depth. An id
 * already stored with other content (the Idempotency-Key reused for a different payload) gets a
 * 422 naming it, as the IETF Idempotency-Key draft asks; the first copy is kept.
 */
export const answersPostRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  useJsonBodyParsers(app);

  app.route({
    method: 'POST',
    url: '/v1/answers',
    bodyLimit: config.bodyLimit,
    schema: { body: StorableSubmissionBodySchema, response: { 200: AnswersReplySchema } },
    schemaErrorFormatter: (errors) =>
      new HttpError(422, `The body is not a valid Candor submission (protocol version ${PROTOCOL_VERSION}): ${describeIssues(errors.map(zodIssue))}.`),
    onRequest: originGuard(allowedOrigins(config), 'post to'),
    preValidation: async (request) => {
      if (request.body === undefined) {
        throw new HttpError(400, 'The request body is empty; send one submission (a JSON object) or an array of them.');
      }
    },
    handler: async (request): Promise<AnswersReply> => {
      const body = request.body;
      const first = Array.isArray(request.body) ? undefined : request.body;
      const header = request.headers['idempotency-key'];
      const key = Array.isArray(header) ? header.join(', ') : header;
      if (key !== undefined && first && key.trim().toLowerCase() !== first.id.toLowerCase()) {
        throw new HttpError(422, `The Idempotency-Key header ("${key.slice(0, 100)}") must equal the submission's id ("${first.id}"); send the id as the key or leave the header out.`);
      }
      // The submissions as validated: what the protocol defines, exactly as sent; unknown fields stripped.
      const received: Submission[] = Array.isArray(body) ? body : [body];
      const { stored, duplicates, conflicts } = await store.insert(received);
      // The reply is IdConflictReply (@candor/protocol): the error, then the ids.
      if (conflicts.length > 0) throw new HttpError(422, idConflict(conflicts, received.length), {}, { conflicts, stored, duplicates });
      return { received: received.length, stored, duplicates };
    },
  });
};

function idConflict(ids: readonly string[], received: number): string {
  const named = ids.slice(0, 5).map((id) => `"${id}"`).join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');
  const which = ids.length === 1 ? `The submission id ${named} was` : `The submission ids ${named} were`;
  const rest = received > ids.length ? ' The other submissions of this request were handled as the "stored" and "duplicates" lists say.' : '';
  return `${which} already stored with different content (an id, and its Idempotency-Key, reused for another payload); the first copy is kept and this one is refused. Send changed answers under a new id.${rest}`;
}
