import * as z from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeIssues, EventBatchSchema, EventsReplySchema, PROTOCOL_VERSION, type EventBatch, type EventsReply } from '@candor/protocol';
import { HttpError } from '../http/http-error.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { originGuard } from '../http/origin-guard.js';
import { zodIssue } from '../http/validation-error.js';
import { allowedOrigins, type RouteContext } from './route-context.js';

/** The event fields kept in text columns: PostgreSQL text cannot hold U+0000. */
const COLUMN_FIELDS = ['surveyId', 'surveyVersion', 'locale'] as const;

/** The protocol's event batch, and no NUL in the fields the counts are kept by. */
const StorableEventBatchSchema = EventBatchSchema.superRefine((batch: EventBatch, context: z.core.$RefinementCtx<EventBatch>) => {
  batch.events.forEach((event, index) => {
    for (const field of COLUMN_FIELDS) {
      if (event[field].includes('\u0000')) context.addIssue({ code: 'custom', path: ['events', index, field], message: 'must not contain a NUL character' });
    }
  });
});

/**
 * `POST /v1/events`: a batch of counted moments of the funnel (invitation shown, opened,
 * declined...), as application/json or text/plain (a beacon), from the origins allowed to post
 * answers, within the same body limit and rate limits. Each event is added to its day's count;
 * nothing identifying is accepted, let alone stored. A batch with anything wrong in it (an
 * unknown event, a time for the day, a field an event does not carry) gets a 422 naming the
 * field, and none of its events is counted.
 */
export const eventsPostRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { store, config }) => {
  useJsonBodyParsers(app);

  app.route({
    method: 'POST',
    url: '/v1/events',
    bodyLimit: config.bodyLimit,
    schema: { body: StorableEventBatchSchema, response: { 200: EventsReplySchema } },
    schemaErrorFormatter: (errors) =>
      new HttpError(422, `The body is not a valid Candor event batch (protocol version ${PROTOCOL_VERSION}); none of its events was counted: ${describeIssues(errors.map(zodIssue))}.`),
    onRequest: originGuard(allowedOrigins(config), 'post to'),
    preValidation: async (request) => {
      if (request.body === undefined) {
        throw new HttpError(400, 'The request body is empty; send an event batch: { "protocolVersion": 1, "events": [...] }.');
      }
    },
    handler: async (request): Promise<EventsReply> => ({ counted: await store.funnel.add(request.body.events) }),
  });
};
