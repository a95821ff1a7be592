import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';
import { requestSession } from './session-access.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Whether `presented` equals `expected`, in time that does not depend on where they differ. */
export function tokensMatch(presented: string, expected: string): boolean {
  // Hashing first gives equal lengths, so neither the length nor the content leaks through timing.
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  return header === undefined ? undefined : /^Bearer[ \t]+(.*\S)[ \t]*$/i.exec(header)?.[1];
}

/**
 * Lets a read through only with the configured admin token: 403 when the collector has none
 * (reads are off), 401 when the token is missing or wrong. `where` says how to present it.
 */
export function requireAdminToken(expected: string | undefined, presented: string | undefined, where: string): void {
  if (!expected) {
    throw new HttpError(403, 'Reading answers is turned off because this collector has no admin token; start it with --admin-token <token> or the CANDOR_ADMIN_TOKEN environment variable.');
  }
  const challenge = { 'www-authenticate': 'Bearer realm="candor-collector"' };
  if (presented === undefined || presented === '') {
    throw new HttpError(401, `Reading answers needs the admin token; send it as ${where}.`, challenge);
  }
  if (!tokensMatch(presented, expected)) {
    throw new HttpError(401, `The admin token is wrong; send the token the collector was started with (--admin-token or CANDOR_ADMIN_TOKEN) as ${where}.`, {
      'www-authenticate': 'Bearer realm="candor-collector", error="invalid_token"',
    });
  }
}

/** The admin token a request presents: the `token` query parameter (links, downloads) or a Bearer header. */
export function presentedAdminToken(request: { query: unknown; headers: { authorization?: string | undefined } }): string | undefined {
  const token = (request.query as Record<string, unknown> | undefined)?.['token'];
  return typeof token === 'string' ? token : bearerToken(request.headers.authorization);
}

/** Where a read may present the token: a Bearer header, or also the `token` query parameter (links, downloads). */
export const BEARER_ONLY = 'the header "Authorization: Bearer <token>"';
export const BEARER_OR_QUERY = 'the header "Authorization: Bearer <token>" or the "token" query parameter';

/**
 * An onRequest hook letting only the admin token through (see requireAdminToken), or a browser
 * signed in to the results app with it (its session cookie, see session-access.ts), before the
 * query or body is read: a request without either learns nothing about its parameters.
 */
export function adminOnly(expected: string | undefined, where: string, accepts: 'bearer' | 'bearer-or-query' = 'bearer-or-query') {
  return async (request: FastifyRequest): Promise<void> => {
    if (expected && requestSession(request)) return;
    const presented = accepts === 'bearer' ? bearerToken(request.headers.authorization) : presentedAdminToken(request);
    requireAdminToken(expected, presented, where);
  };
}
