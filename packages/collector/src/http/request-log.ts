import type { FastifyInstance } from 'fastify';
import { redactUrl } from './redact-url.js';

/**
 * One structured log line per request, when it is answered: method, URL (admin tokens and
 * withdrawal ids hidden, see redactUrl), status and time taken. Errors (5xx) are logged where
 * they happen.
 */
export function installRequestLog(app: FastifyInstance, secrets: readonly string[] = []): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: redactUrl(request.url, secrets), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request',
    );
  });
}
