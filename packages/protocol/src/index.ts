export * from './submission.js';
export { describeIssues } from './describe-issues.js';
export { parseSubmissionBody, type ParseResult } from './parse-body.js';
export { submissionJsonSchema } from './json-schema.js';
