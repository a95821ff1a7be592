import * as z from 'zod';
import { SubmissionBodySchema, type Submission } from '@candor/protocol';

/** The fields stored in text columns of their own (indexed, filtered on): PostgreSQL text cannot hold U+0000. */
const COLUMN_FIELDS = ['surveyId', 'surveyVersion', 'locale'] as const;

function refuseNulInColumns(body: Submission | Submission[], context: z.core.$RefinementCtx<Submission | Submission[]>): void {
  const submissions = Array.isArray(body) ? body : [body];
  submissions.forEach((submission, index) => {
    for (const field of COLUMN_FIELDS) {
      if (submission[field].includes('\u0000')) {
        context.addIssue({ code: 'custom', path: Array.isArray(body) ? [index, field] : [field], message: 'must not contain a NUL character' });
      }
    }
  });
}

/**
 * What POST /v1/answers accepts: the protocol's submission body (one or a batch), and no NUL in
 * the fields the collector keeps in columns of their own (answer texts may hold anything: they
 * are stored as exact JSON).
 */
export const StorableSubmissionBodySchema = SubmissionBodySchema.superRefine(refuseNulInColumns);
