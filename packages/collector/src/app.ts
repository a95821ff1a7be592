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
import { healthzRoute } from './routes/healthz.js';
import { eventsPostRoute } from './routes/events-post.js';
import { funnelGetRoute } from './routes/funnel-get.js';
import { sessionPostRoute } from './routes/session-post.js';
import { sessionGetRoute } from './routes/session-get.js';
import { sessionDeleteRoute } from './routes/session-delete.js';
import { surveysGetRoute } from './routes/surveys-get.js';
import { overviewGetRoute } from './routes/overview-get.js';
import { facetsGetRoute } from './routes/facets-get.js';
import { themeBreakdownGetRoute } from './routes/theme-breakdown-get.js';
import { sampleDataDeleteRoute } from './routes/sample-data-delete.js';
import { submissionsCsvRoute } from './routes/submissions-csv.js';
import { reportHtmlRoute } from './routes/report-html.js';
import { appPagesRoute } from './routes/app-pages.js';
import { definitionGetRoute } from './routes/definition-get.js';
import { definitionHistoryRoute } from './routes/definition-history-get.js';
import { definitionVersionRoute } from './routes/definition-version-get.js';
import { definitionPublishRoute } from './routes/definition-publish-post.js';
import { definitionRollbackRoute } from './routes/definition-rollback-post.js';
import { definitionsListRoute } from './routes/definitions-list-get.js';
import { createSessionStore } from './http/session-store.js';
import { createSignInThrottle } from './http/sign-in-throttle.js';
import { installSessionAccess } from './http/session-access.js';

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
  healthzRoute,
  eventsPostRoute,
  funnelGetRoute,
  sessionPostRoute,
  sessionGetRoute,
  sessionDeleteRoute,
  surveysGetRoute,
  definitionGetRoute,
  definitionHistoryRoute,
  definitionVersionRoute,
  definitionPublishRoute,
  definitionRollbackRoute,
  definitionsListRoute,
  overviewGetRoute,
  facetsGetRoute,
  themeBreakdownGetRoute,
  sampleDataDeleteRoute,
  submissionsCsvRoute,
  reportHtmlRoute,
  appPagesRoute,
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
    // Nothing is stored by caches unless a route says otherwise (the results app's files do).
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    // No page or download of the collector tells another site where it came from.
    reply.header('referrer-policy', 'no-referrer');
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

  // The results app's signed-in browsers: their session cookie lets them read as the admin token does.
  const sessions = createSessionStore();
  installSessionAccess(app, sessions);

  const context: RouteContext = { config, store: shedWhenBusy(config.store, config.maxPending), chat, themes, scheduler, sessions, signIns: createSignInThrottle() };
  for (const route of ROUTES) app.register(route, context);
  return app;
}
