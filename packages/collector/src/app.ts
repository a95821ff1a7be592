import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AnswerStore } from './store/answer-store.js';
import { parseCollectorOptions, type CollectorOptions } from './options/collector-options.js';
import { corsOptions } from './http/cors-options.js';
import { installErrorReplies } from './http/error-replies.js';
import { loggerOptions } from './http/logger-options.js';
import { installRequestLog } from './http/request-log.js';
import { installRateLimits } from './http/rate-limits.js';
import { installLoadShedding } from './http/load-shedding.js';
import { shedWhenBusy } from './http/shed-when-busy.js';
import { describeValidationErrors } from './http/validation-error.js';
import { clientErrorHandler, frameworkErrors } from './http/client-errors.js';
import { createChatClient } from './llm/chat-client.js';
import { startThemeAnalysis } from './themes/classification/theme-analysis.js';
import { allowedOrigins, type RouteContext } from './routes/route-context.js';
import { answersPostRoute } from './routes/answers-post.js';
import { answersDeleteRoute } from './routes/answers-delete.js';
import { answersGetRoute } from './routes/answers-get.js';
import { answersCsvRoute } from './routes/answers-csv.js';
import { answersJsonlRoute } from './routes/answers-jsonl.js';
import { answersCountsRoute } from './routes/answers-counts.js';
import { probePostRoute } from './routes/probe-post.js';
import { themesGetRoute } from './routes/themes-get.js';
import { themesCsvRoute } from './routes/themes-csv.js';
import { themeAnswersGetRoute } from './routes/theme-answers-get.js';
import { themesReclassifyRoute } from './routes/themes-reclassify.js';
import { quotesGetRoute } from './routes/quotes-get.js';
import { quoteDecisionPostRoute } from './routes/quote-decision-post.js';
import { quotesJsonRoute } from './routes/quotes-json.js';
import { quotesCsvRoute } from './routes/quotes-csv.js';
import { resultsPageRoute } from './routes/results-page.js';
import { themeAnswersPageRoute } from './routes/theme-answers-page.js';
import { healthzRoute } from './routes/healthz.js';
import { eventsPostRoute } from './routes/events-post.js';
import { funnelGetRoute } from './routes/funnel-get.js';

export { DEFAULT_BODY_LIMIT, DEFAULT_MAX_EVENT_LOOP_DELAY_MS } from './options/collector-options.js';

/** Every route the collector serves; each declares its own method, path and schema. */
const ROUTES = [
  answersPostRoute,
  answersDeleteRoute,
  answersGetRoute,
  answersCsvRoute,
  answersJsonlRoute,
  answersCountsRoute,
  probePostRoute,
  themesGetRoute,
  themesCsvRoute,
  themeAnswersGetRoute,
  themesReclassifyRoute,
  quotesGetRoute,
  quoteDecisionPostRoute,
  quotesJsonRoute,
  quotesCsvRoute,
  resultsPageRoute,
  themeAnswersPageRoute,
  healthzRoute,
  eventsPostRoute,
  funnelGetRoute,
];

/** buildApp's options: the collector's options (see CollectorOptionsSchema) and the store to use. */
export type BuildAppOptions = Omit<CollectorOptions, 'store' | 'port' | 'host' | 'db'> & { store: AnswerStore } & Pick<CollectorOptions, 'port' | 'host' | 'db'>;

/** The collector as a Fastify app, not yet listening. Throws if an option is malformed, naming it. */
export function buildApp(options: BuildAppOptions): FastifyInstance {
  const config = parseCollectorOptions(options);
  if (!config.store) throw new Error('Invalid collector options: store is required (see openPgliteStore)');
  const chat = config.llm && createChatClient(config.llm);
  // Values never written to the log, whatever the URL they come in looks like.
  const secrets = config.adminToken ? [config.adminToken] : [];

  const app = Fastify({
    logger: loggerOptions(config.logger, secrets),
    // One line per request, from installRequestLog, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    schemaErrorFormatter: describeValidationErrors,
    clientErrorHandler,
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorReplies(app, { bodyLimit: config.bodyLimit });
  installRequestLog(app, secrets);
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
  installLoadShedding(app, config.loadShedding);
  installRateLimits(app, config.rateLimit);
  app.register(cors, corsOptions(allowedOrigins(config)));

  const { context: themes, scheduler } = startThemeAnalysis(config.store.themes, { ...config.themes, minGroupSize: config.minGroupSize }, chat, app.log);
  // Classification runs in the background after each accepted post, and stops when the app closes.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && request.routeOptions.url === '/v1/answers' && reply.statusCode === 200) scheduler.schedule();
  });
  app.addHook('onClose', () => scheduler.close());

  const context: RouteContext = { config, store: shedWhenBusy(config.store, config.maxPending), chat, themes, scheduler };
  for (const route of ROUTES) app.register(route, context);
  return app;
}
