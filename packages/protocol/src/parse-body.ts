import { SubmissionBodySchema, type Submission } from './submission.js';
import { describeIssues } from './describe-issues.js';

export type ParseResult = { ok: true; submissions: Submission[] } | { ok: false; error: string };

/**
 * Validates a decoded JSON body (one submission or an array) and always returns a list. Fields
 * the protocol does not define are left out of the submissions returned.
 */
export function parseSubmissionBody(body: unknown): ParseResult {
  const result = SubmissionBodySchema.safeParse(body);
  if (!result.success) return { ok: false, error: describeIssues(result.error.issues) };
  return { ok: true, submissions: Array.isArray(result.data) ? result.data : [result.data] };
}
