export { buildApp, type BuildAppOptions } from './app.js';
export {
  CollectorOptionsSchema,
  parseCollectorOptions,
  DEFAULT_BODY_LIMIT,
  DEFAULT_PROBE_RATE_LIMIT,
  DEFAULT_PROBE_TIMEOUT_MS,
  DEFAULT_MIN_GROUP_SIZE,
  type CollectorOptions,
  type CollectorConfig,
  type LlmOptions,
  type ThemeOptions,
  type LoadSheddingOptions,
} from './options/collector-options.js';
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
export type { ProbeReply, ProbeRequest, AnswersReply, ErrorBody } from '@candor/protocol';
export type { AnswersGetReply } from './routes/answers-get.js';
export { createChatClient, DEFAULT_CHAT_TIMEOUT_MS, type ChatClient, type ChatClientOptions, type ChatMessage, type CompleteOptions } from './llm/chat-client.js';
export { ChatError, type ChatErrorKind } from './llm/chat-error.js';
export { probeMessages, PROBE_SYSTEM_PROMPT, type ProbeInput } from './llm/probe-messages.js';
export { cleanFollowUp, MAX_FOLLOW_UP_LENGTH, type CleanedFollowUp } from './llm/clean-follow-up.js';
export { loadCodebook, parseCodebook } from './themes/codebook/load-codebook.js';
export { DEFAULT_CODEBOOK } from './themes/codebook/default-codebook.js';
export type { Codebook, CodebookCategory, CodebookScheme } from './themes/codebook/codebook.js';
export { classifyWithModel, MODEL_CLASSIFIER_VERSION, type ModelLabel, type ClassifyOptions } from './themes/classification/classify-with-model.js';
export { ClassificationError } from './themes/classification/classification-error.js';
export { applyMinGroupSize, type PeopleGroup, type ThresholdedGroups } from './themes/reports/privacy-threshold.js';
export { clusterTexts, LOCAL_CLASSIFIER_NAME, LOCAL_CLASSIFIER_VERSION, NO_THEME, type LocalClustering, type LocalClusteringOptions } from './themes/clustering/local-classifier.js';
export { HOPE_CONCERN_PAIRS, type HopeConcernPair } from './themes/reports/light-and-shade.js';
export type { ThemeReport, ThemeBreakdown, ThemeCount, QuestionThemes } from './themes/reports/theme-report.js';
export type { LightAndShade, LightAndShadePair } from './themes/reports/light-and-shade-report.js';
export type { ThemeStore, ClassifierStamp, ThemeMembership, QuoteStatus, QuoteDecision, AnswerDetail } from './store/theme-store.js';
