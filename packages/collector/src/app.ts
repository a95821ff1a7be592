import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import type { AnswerStore } from './store/answer-store.js';
import { normalizeOrigins } from './http/allowed-origins.js';
import { corsOptions } from './http/cors-options.js';
import { installErrorReplies } from './http/error-replies.js';
import { loggerOptions } from './http/logger-options.js';
import { installRequestLog } from './http/request-log.js';
import { DEFAULT_RATE_LIMIT, DEFAULT_WITHDRAW_RATE_LIMIT, installRateLimits } from './http/rate-limits.js';
import { installLoadShedding, type LoadSheddingOptions } from './http/load-shedding.js';
import { DEFAULT_MAX_PENDING, shedWhenBusy } from './http/shed-when-busy.js';
import { answersPostRoute } from './routes/answers-post.js';
import { answersGetRoute } from './routes/answers-get.js';
import { answersDeleteRoute } from './routes/answers-delete.js';
import { answersExportRoute } from './routes/answers-export.js';
import { answersCountsRoute } from './routes/answers-counts.js';
import { healthzRoute } from './routes/healthz.js';
import { resultsPageRoute } from './routes/results-page.js';
import { DEFAULT_PROBE_RATE_LIMIT, DEFAULT_PROBE_TIMEOUT_MS, probePostRoute } from './routes/probe-post.js';
import { createChatClient } from './llm/chat-client.js';
import { installThemeAnalysis, type ThemeOptions } from './themes/theme-analysis.js';

/** Largest request body accepted by default: 256 KiB. */
export const DEFAULT_BODY_LIMIT = 256 * 1024;
/** Mean event-loop delay (ms) past which the collector sheds load, by default. */
export const DEFAULT_MAX_EVENT_LOOP_DELAY_MS = 1000;

export interface BuildAppOptions {
  store: AnswerStore;
  /**
   * Browser origins allowed to post, like "https://app.example.com": they get CORS headers, and
   * pages from any other origin get a 403. `*` allows every origin and must be given explicitly.
   * Default: none (only same-origin pages and non-browser clients).
   */
  origins?: readonly string[];
  /** Largest request body in bytes. Default {@link DEFAULT_BODY_LIMIT}. */
  bodyLimit?: number;
  /** Token for reading answers (GET /v1/answers, exports, counts, the results page). Without one, reads answer 403. */
  adminToken?: string;
  /** Fastify/pino logger: false (default), true, or pino options. Admin tokens and withdrawal ids in URLs are redacted. */
  logger?: boolean | NonNullable<Exclude<FastifyServerOptions['logger'], boolean>>;
  /** Requests per minute one client (IP address) may make; 429 past it. 0 turns limits off. Default 600. */
  rateLimit?: number;
  /** Withdrawals per minute one client may ask for. Default 30. */
  withdrawRateLimit?: number;
  /** Requests that may wait on the database at once; more get 503. Default 512. */
  maxPending?: number;
  /** When the process counts as overloaded (503 for every request). Default: mean event-loop delay over 1000 ms. */
  loadShedding?: LoadSheddingOptions;
  /** Trust X-Forwarded-For (behind a reverse proxy), so rate limits apply per real client. Default false. */
  trustProxy?: boolean;
  /**
   * An OpenAI-compatible chat-completions endpoint that writes follow-up questions (POST /v1/probe).
   * `timeoutMs` bounds each follow-up (default 2500 ms). Without it POST /v1/probe answers `{ followUp: null }`.
   */
  llm?: { baseUrl: string; model: string; apiKey?: string; timeoutMs?: number };
  /** Follow-ups per minute one client may ask for (POST /v1/probe). Default 60. */
  probeRateLimit?: number;
  /**
   * Privacy threshold k: a theme, a breakdown cell or a quote is shown or exported only when it
   * holds at least this many distinct respondents; smaller groups fold into "other". Default 10.
   */
  minGroupSize?: number;
  /** Theme analysis: the codebook (default the study's), how often it runs, local clustering settings. With `llm`, answers are labelled by the model. */
  themes?: ThemeOptions;
}

/** The collector as a Fastify app, not yet listening. Throws if an option is malformed. */
export function buildApp(options: BuildAppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit <= 0) throw new Error(`bodyLimit must be a positive whole number of bytes; got ${bodyLimit}`);
  const maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
  if (!Number.isSafeInteger(maxPending) || maxPending <= 0) throw new Error(`maxPending must be a positive whole number; got ${maxPending}`);
  const origins = normalizeOrigins(options.origins ?? []);
  const { adminToken } = options;
  const store = shedWhenBusy(options.store, maxPending);
  const globalPerMinute = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const probeTimeoutMs = options.llm?.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const chat = options.llm && createChatClient({ ...options.llm, timeoutMs: probeTimeoutMs });
  const probePerMinute = options.probeRateLimit ?? DEFAULT_PROBE_RATE_LIMIT;
  if (!Number.isSafeInteger(probePerMinute) || probePerMinute <= 0) throw new Error(`probeRateLimit must be a positive whole number; got ${probePerMinute}`);

  const app = Fastify({
    logger: loggerOptions(options.logger ?? false),
    // One line per request, from installRequestLog, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
  });
  installErrorReplies(app, { bodyLimit });
  installRequestLog(app);
  // While closing, answers end their connection, so keep-alive clients do not hold the close up.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', 'no-store');
    if (closing) reply.header('connection', 'close');
  });
  installLoadShedding(app, options.loadShedding ?? { maxEventLoopDelayMs: DEFAULT_MAX_EVENT_LOOP_DELAY_MS });
  installRateLimits(app, globalPerMinute);
  app.register(cors, corsOptions(origins));
  app.register(answersPostRoute, { store, bodyLimit, origins });
  app.register(answersDeleteRoute, { store, origins, perMinute: options.withdrawRateLimit ?? DEFAULT_WITHDRAW_RATE_LIMIT, globalPerMinute });
  app.register(answersGetRoute, { store, adminToken });
  app.register(answersExportRoute, { store, adminToken });
  app.register(answersCountsRoute, { store, adminToken });
  const themes = installThemeAnalysis(app, { ...options.themes, store: options.store, chat, adminToken, minGroupSize: options.minGroupSize });
  app.register(resultsPageRoute, { store, adminToken, themes });
  app.register(healthzRoute, { store, globalPerMinute });
  app.register(probePostRoute, { chat, timeoutMs: probeTimeoutMs, origins, perMinute: probePerMinute, globalPerMinute });
  return app;
}
