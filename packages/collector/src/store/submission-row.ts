import type { Submission } from '@candor/protocol';
import type { SubmissionRow } from './schema-sql.js';
import { jsonbSafeText } from './jsonb-safe-text.js';
import { contentHash } from './content-hash.js';

/** The SQL row for one submission: indexed columns, the exact JSON text and the jsonb copy. */
export function submissionRow(submission: Submission): SubmissionRow {
  return [
    submission.id,
    submission.surveyId,
    submission.surveyVersion,
    submission.locale,
    submission.partial,
    submission.createdAt,
    JSON.stringify(submission),
    jsonbSafeText(submission),
    contentHash(submission),
  ];
}
