import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { HttpError } from './http-error.js';

const MINUTE_MS = 60_000;

/**
 * Per-client rate limits on every route but /healthz: past the limit a client gets 429 with
 * Retry-After (seconds) and a sentence saying so. `perMinute` 0 turns the limits off. Counts
 * are kept per process; several processes behind a load balancer each allow `perMinute`: the
 * README says what to set there (why not the database: a write per request, floods included).
 */
export function installRateLimits(app: FastifyInstance, perMinute: number): void {
  if (perMinute <= 0) return;
  app.register(rateLimit, {
    global: true,
    max: perMinute,
    timeWindow: MINUTE_MS,
    errorResponseBuilder: (_request: FastifyRequest, context: { max: number; ttl: number }) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new HttpError(429, `Too many requests from this client: at most ${context.max} a minute are accepted. Retry after ${seconds} seconds (see the Retry-After header).`, {
        'retry-after': String(seconds),
      });
    },
  });
}

/** Route config for a stricter limit of its own (and no limit when the global one is off). */
export function routeRateLimit(perMinute: number, globalPerMinute: number): FastifyContextConfig {
  return globalPerMinute <= 0 ? {} : { rateLimit: { max: Math.min(perMinute, globalPerMinute), timeWindow: MINUTE_MS } };
}

/** Route config that exempts a route (health checks) from rate limits. */
export function noRateLimit(globalPerMinute: number): FastifyContextConfig {
  return globalPerMinute <= 0 ? {} : { rateLimit: false };
}
