import type { FastifyCorsOptions } from '@fastify/cors';

/** Browsers may cache a preflight this long (Chromium caps it at two hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/**
 * CORS for the widget: only the configured origins (or every origin when `*` was configured)
 * get `Access-Control-Allow-Origin`; others get no CORS headers, so their browser blocks them.
 * Never with credentials: the widget sends no cookies.
 */
export function corsOptions(origins: readonly string[] | '*'): FastifyCorsOptions {
  return {
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS', 'DELETE'],
    // If-None-Match: a widget revalidating a survey definition (GET /v1/surveys/:surveyId) itself.
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match'],
    // The widget reads Retry-After on 429 and 503, which a cross-origin response hides unless
    // exposed, and a survey definition's ETag, to revalidate it.
    exposedHeaders: ['Retry-After', 'ETag'],
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    strictPreflight: false,
  };
}
