export { buildApp, DEFAULT_BODY_LIMIT, type BuildAppOptions } from './app.js';
export { startCollector, IN_MEMORY_DB, type StartCollectorOptions, type RunningCollector } from './start-collector.js';
export { openPgliteStore, type PgliteStoreOptions } from './store/pglite-store.js';
export { openPostgresStore, type PostgresStoreOptions } from './store/postgres-store.js';
export type {
  AnswerStore,
  AnswerCounts,
  StoredSubmission,
  InsertResult,
  ListQuery,
  ListResult,
  StoreKind,
  SubmissionFilter,
} from './store/answer-store.js';
export { MIGRATIONS, runMigrations, type Migration } from './store/migrations.js';
export { insertSubmissionsSql, WITHDRAW_SQL, type SubmissionRow } from './store/schema-sql.js';
export type { AnswersPostReply } from './routes/answers-post.js';
export type { AnswersGetReply } from './routes/answers-get.js';
