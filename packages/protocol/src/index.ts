export * from './submission.js';
export * from './probe.js';
export * from './answers-reply.js';
export * from './error-body.js';
export * from './events.js';
export * from './results-api.js';
export { describeIssues } from './describe-issues.js';
export { parseSubmissionBody, type ParseResult } from './parse-body.js';
export { submissionJsonSchema, wireJsonSchemas } from './json-schema.js';
