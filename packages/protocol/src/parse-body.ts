import { SubmissionBodySchema, type Submission } from './submission.js';
import { describeIssues } from './describe-issues.js';

export type ParseResult = { ok: true; submissions: Submission[] } | { ok: false; error: string };

/** Validates a decoded JSON body (one submission or an array) and always returns a list. */
export function parseSubmissionBody(body: unknown): ParseResult {
  const result = SubmissionBodySchema.safeParse(body);
  if (!result.success) {
    // A union hides which branch was meant; report against the shape the sender used.
    const issues = Array.isArray(body) ? result.error.issues : explainSingle(body);
    return { ok: false, error: describeIssues(issues) };
  }
  return { ok: true, submissions: Array.isArray(result.data) ? result.data : [result.data] };
}

function explainSingle(body: unknown) {
  return SubmissionBodySchema.options[0].safeParse(body).error?.issues ?? [];
}
