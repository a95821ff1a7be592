import * as z from 'zod';
import { SubmissionBodySchema } from './submission.js';
import { ProbeReplySchema, ProbeRequestSchema } from './probe.js';
import { AnswersReplySchema, IdConflictReplySchema } from './answers-reply.js';
import { ErrorBodySchema } from './error-body.js';
import { EventBatchSchema } from './events.js';
import { SurveyDefinitionSchema } from './survey-definition.js';

const BASE = 'https://candor.dev/schema';

function jsonSchema(schema: z.ZodType, id: string, title: string, io: 'input' | 'output'): Record<string, unknown> {
  return { $id: `${BASE}/${id}.json`, title, ...z.toJSONSchema(schema, { io, reused: 'ref' }) };
}

/** The wire format as JSON Schema (draft 2020-12), for collectors written in other languages. */
export function submissionJsonSchema(): Record<string, unknown> {
  return jsonSchema(SubmissionBodySchema, 'submission-v1', 'Candor submission body (protocol version 1)', 'input');
}

/**
 * Every wire format as JSON Schema, by the file name it is published under in `schema/`:
 * what the widget posts and what a collector answers.
 */
export function wireJsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    'submission.schema.json': submissionJsonSchema(),
    'answers-reply.schema.json': jsonSchema(AnswersReplySchema, 'answers-reply-v1', 'Candor collector: POST /v1/answers reply (200)', 'output'),
    'id-conflict-reply.schema.json': jsonSchema(IdConflictReplySchema, 'id-conflict-reply-v1', 'Candor collector: POST /v1/answers reply when an id was stored with other content (422)', 'output'),
    'probe-request.schema.json': jsonSchema(ProbeRequestSchema, 'probe-request-v1', 'Candor collector: POST /v1/probe request body', 'input'),
    'probe-reply.schema.json': jsonSchema(ProbeReplySchema, 'probe-reply-v1', 'Candor collector: POST /v1/probe reply (200)', 'output'),
    'event-batch.schema.json': jsonSchema(EventBatchSchema, 'event-batch-v1', 'Candor collector: POST /v1/events request body (counted moments, no identifiers)', 'input'),
    'survey-definition.schema.json': jsonSchema(SurveyDefinitionSchema, 'survey-definition-v1', 'Candor survey definition: questions, texts and asking rules served from a URL (the widget\'s surveyUrl)', 'input'),
    'error.schema.json': jsonSchema(ErrorBodySchema, 'error-v1', 'Candor collector: error reply body (4xx, 5xx)', 'output'),
  };
}
