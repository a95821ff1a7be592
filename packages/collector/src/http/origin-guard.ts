import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';
import { isOriginAllowed } from './origin-allowed.js';

/**
 * An onRequest hook refusing pages from origins that are not allowed with a 403 (before the
 * body is read). CORS alone would not stop them: a text/plain beacon needs no preflight.
 */
export function originGuard(origins: readonly string[] | '*', action: string) {
  return async (request: FastifyRequest): Promise<void> => {
    const origin = request.headers.origin;
    if (!isOriginAllowed(origin, origins, request.headers.host)) {
      throw new HttpError(403, `Pages from ${String(origin).slice(0, 200)} may not ${action} this collector; add the origin with --origins (or CANDOR_ORIGINS) when starting it.`);
    }
  };
}
