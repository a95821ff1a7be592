import * as z from 'zod';
import { SubmissionBodySchema } from './submission.js';

/** The wire format as JSON Schema (draft 2020-12), for collectors written in other languages. */
export function submissionJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://candor.dev/schema/submission-v1.json',
    title: 'Candor submission body (protocol version 1)',
    ...z.toJSONSchema(SubmissionBodySchema, { io: 'input', reused: 'ref' }),
  };
}
