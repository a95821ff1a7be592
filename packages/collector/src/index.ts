export { buildApp, DEFAULT_BODY_LIMIT, type BuildAppOptions } from './app.js';
export { startCollector, IN_MEMORY_DB, type StartCollectorOptions, type RunningCollector } from './start-collector.js';
export { openPgliteStore, type PgliteStoreOptions } from './store/pglite-store.js';
export type { AnswerStore, StoredSubmission, InsertResult, ListQuery, ListResult } from './store/answer-store.js';
export { SCHEMA_SQL, insertSubmissionsSql, LIST_SUBMISSIONS_SQL, COUNT_SUBMISSIONS_SQL, type SubmissionRow } from './store/schema-sql.js';
export type { AnswersPostReply } from './routes/answers-post.js';
export type { AnswersGetReply } from './routes/answers-get.js';
