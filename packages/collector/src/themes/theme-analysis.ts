import type { FastifyInstance } from 'fastify';
import type { ChatClient } from '../llm/chat-client.js';
import type { AnswerStore } from '../store/answer-store.js';
import { DEFAULT_CODEBOOK, type Codebook } from './codebook.js';
import { classifyPending } from './classify-job.js';
import { classifyScheduler, DEFAULT_CLASSIFY_INTERVAL_MS } from './classify-scheduler.js';
import { checkMinGroupSize, DEFAULT_MIN_GROUP_SIZE } from './privacy-threshold.js';
import type { ThemesContext } from './theme-view.js';
import { themesRoutes } from '../routes/themes-routes.js';
import { quotesRoutes } from '../routes/quotes-routes.js';
import { themeAnswersPageRoute } from '../routes/theme-answers-page.js';

/** Theme analysis settings (buildApp's `themes`). */
export interface ThemeOptions {
  /** The categories a model labels answers with. Default the study's ({@link DEFAULT_CODEBOOK}). */
  codebook?: Codebook;
  /** Least time between background classification runs after ingest (ms). Default 30 000. */
  classifyIntervalMs?: number;
  /** Clusters per question when clustering without a model. Default round(sqrt(n / 2)), 2 to 12. */
  clusters?: number;
  /** Seed of the local clustering. Any whole number; the same seed gives the same clusters. */
  seed?: number;
}

/**
 * Sets up theme analysis on the app: the background classification job (asked for after each
 * accepted POST /v1/answers, off the request path, and stopped when the app closes), the theme
 * and quote routes and the drill-down page. Returns what the results page needs. Throws when an
 * option is malformed.
 */
export function installThemeAnalysis(
  app: FastifyInstance,
  options: ThemeOptions & { store: AnswerStore; chat: ChatClient | undefined; adminToken: string | undefined; minGroupSize: number | undefined },
): ThemesContext {
  const minGroupSize = checkMinGroupSize(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const intervalMs = options.classifyIntervalMs ?? DEFAULT_CLASSIFY_INTERVAL_MS;
  if (!Number.isSafeInteger(intervalMs) || intervalMs < 0) throw new Error(`themes.classifyIntervalMs must be a whole number of milliseconds; got ${intervalMs}`);
  if (options.clusters !== undefined && (!Number.isSafeInteger(options.clusters) || options.clusters < 1 || options.clusters > 50)) {
    throw new Error(`themes.clusters must be a whole number from 1 to 50; got ${options.clusters}`);
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) throw new Error(`themes.seed must be a whole number; got ${options.seed}`);
  const context: ThemesContext = {
    store: options.store.themes,
    setup: { codebook: options.codebook ?? DEFAULT_CODEBOOK, chat: options.chat, clusters: options.clusters, seed: options.seed },
    minGroupSize,
  };
  const scheduler = classifyScheduler((questionIds, signal) => classifyPending(context.store, context.setup, app.log, { questionIds, signal }), {
    intervalMs,
    onError: (error) => app.log.warn({ err: error }, 'theme classification failed; retried on the next run'),
  });
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && request.routeOptions.url === '/v1/answers' && reply.statusCode === 200) scheduler.schedule();
  });
  app.addHook('onClose', () => scheduler.close());
  app.register(themesRoutes, { themes: context, scheduler, adminToken: options.adminToken });
  app.register(quotesRoutes, { themes: context, adminToken: options.adminToken });
  app.register(themeAnswersPageRoute, { themes: context, adminToken: options.adminToken });
  return context;
}
