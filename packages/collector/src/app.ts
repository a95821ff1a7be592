import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import type { AnswerStore } from './store/answer-store.js';
import { normalizeOrigins } from './http/allowed-origins.js';
import { corsOptions } from './http/cors-options.js';
import { installErrorReplies } from './http/error-replies.js';
import { loggerOptions } from './http/logger-options.js';
import { answersPostRoute } from './routes/answers-post.js';
import { answersGetRoute } from './routes/answers-get.js';
import { healthzRoute } from './routes/healthz.js';
import { resultsPageRoute } from './routes/results-page.js';

/** Largest request body accepted by default: 256 KiB. */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

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
  /** Token for reading answers (GET /v1/answers, the results page). Without one, reads answer 403. */
  adminToken?: string;
  /** Fastify/pino logger: false (default), true, or pino options. Admin tokens in URLs are redacted. */
  logger?: boolean | NonNullable<Exclude<FastifyServerOptions['logger'], boolean>>;
}

/** The collector as a Fastify app, not yet listening. Throws if an origin is malformed. */
export function buildApp(options: BuildAppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit <= 0) throw new Error(`bodyLimit must be a positive whole number of bytes; got ${bodyLimit}`);
  const origins = normalizeOrigins(options.origins ?? []);
  const { store, adminToken } = options;

  const app = Fastify({ logger: loggerOptions(options.logger ?? false), bodyLimit });
  installErrorReplies(app, { bodyLimit });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', 'no-store');
  });
  app.register(cors, corsOptions(origins));
  app.register(answersPostRoute, { store, bodyLimit, origins });
  app.register(answersGetRoute, { store, adminToken });
  app.register(resultsPageRoute, { store, adminToken });
  app.register(healthzRoute);
  return app;
}
