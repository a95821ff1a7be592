import type { FastifyPluginAsync } from 'fastify';
import { parseSubmissionBody, PROTOCOL_VERSION, type Submission } from '@candor/protocol';
import type { AnswerStore } from '../store/answer-store.js';
import { HttpError } from '../http/http-error.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { originGuard } from '../http/origin-guard.js';

export interface AnswersPostOptions {
  store: AnswerStore;
  bodyLimit: number;
  /** Normalised allowed origins, or '*'. */
  origins: readonly string[] | '*';
}

/** What a successful POST answers: how many submissions came, which ids are new, which were already stored. */
export interface AnswersPostReply {
  received: number;
  stored: string[];
  duplicates: string[];
}

/**
 * `POST /v1/answers`: one submission or a batch, as application/json or text/plain. A repeated
 * id is a success that stores nothing new. Pages from origins that are not allowed get a 403.
 */
export const answersPostRoute: FastifyPluginAsync<AnswersPostOptions> = async (app, { store, bodyLimit, origins }) => {
  useJsonBodyParsers(app);

  app.post('/v1/answers', { bodyLimit, onRequest: originGuard(origins, 'post to') }, async (request): Promise<AnswersPostReply> => {
    const body: unknown = request.body;
    if (body === undefined) {
      throw new HttpError(400, 'The request body is empty; send one submission (a JSON object) or an array of them.');
    }
    const parsed = parseSubmissionBody(body);
    if (!parsed.ok) {
      throw new HttpError(422, `The body is not a valid Candor submission (protocol version ${PROTOCOL_VERSION}): ${parsed.error}.`);
    }
    const first = parsed.submissions[0];
    const header = request.headers['idempotency-key'];
    const key = Array.isArray(header) ? header.join(', ') : header;
    if (key !== undefined && !Array.isArray(body) && first && key.trim().toLowerCase() !== first.id.toLowerCase()) {
      throw new HttpError(422, `The Idempotency-Key header ("${key.slice(0, 100)}") must equal the submission's id ("${first.id}"); send the id as the key or leave the header out.`);
    }
    // Keep each submission exactly as it was sent (unknown fields too), now that it is known valid.
    const received = (Array.isArray(body) ? body : [body]) as Submission[];
    const { stored, duplicates } = await store.insert(received);
    return { received: received.length, stored, duplicates };
  });
};
