import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { loadAppFiles, type AppFile } from '../http/app-files.js';
import { HttpError } from '../http/http-error.js';
import type { RouteContext } from './route-context.js';
import { entityTagMatches } from '../http/entity-tag-matches.js';

/** The results app's views: each is a URL of its own, served the same page. */
export const APP_PATHS = ['/', '/sign-in', '/funnel', '/answers', '/themes', '/quotes', '/downloads', '/questions'] as const;

/**
 * The app's page may run only its own script and style, reach only this collector, frame only
 * its own preview page, and be framed by no one. No inline script or style is allowed.
 */
export const APP_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The editor's preview page: the same, framed only by the collector's own pages. The widget in it
 * sends nothing (its transport accepts and drops), and its styles are constructed stylesheets.
 */
export const PREVIEW_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const YEAR_SECONDS = 365 * 24 * 3600;

function send(request: FastifyRequest, reply: FastifyReply, file: AppFile, cacheControl: string) {
  reply.header('cache-control', cacheControl).header('etag', file.etag).header('vary', 'accept-encoding').type(file.type);
  if (entityTagMatches(request.headers['if-none-match'], file.etag)) return reply.code(304).send();
  const brotli = file.brotli && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (brotli) reply.header('content-encoding', 'br');
  return reply.send(brotli ? file.brotli : file.body);
}

/**
 * The results app (packages/collector/app, built into dist/app): its page at `/` and at each
 * view's path, with a strict Content-Security-Policy, revalidated on every visit; its hashed
 * files under `/assets/`, cached for a year. The page holds no data: what it shows is read with
 * the session cookie through the JSON API, so it needs no admin token itself.
 */
export const appPagesRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { config }) => {
  const files = loadAppFiles(config.appDir);
  for (const url of APP_PATHS) {
    app.route({
      method: 'GET',
      url,
      handler: async (request, reply) => {
        if (!files.index) {
          throw new HttpError(503, `The results app is not built (no index.html in ${files.dir}); run npm run build, then start the collector again.`);
        }
        reply.header('content-security-policy', APP_CONTENT_SECURITY_POLICY).header('x-frame-options', 'DENY');
        return send(request, reply, files.index, 'no-cache');
      },
    });
  }
  app.route({
    method: 'GET',
    url: '/preview',
    handler: async (request, reply) => {
      if (!files.preview) {
        throw new HttpError(503, `The results app's preview page is not built (no preview.html in ${files.dir}); run npm run build, then start the collector again.`);
      }
      reply.header('content-security-policy', PREVIEW_CONTENT_SECURITY_POLICY).header('x-frame-options', 'SAMEORIGIN');
      return send(request, reply, files.preview, 'no-cache');
    },
  });
  app.route({
    method: 'GET',
    url: '/assets/:name',
    schema: { params: z.object({ name: z.string().max(200) }) },
    handler: async (request, reply) => {
      const file = files.assets.get(request.params.name);
      if (!file) throw new HttpError(404, 'There is no such file of the results app; reload the page to get the current one.');
      return send(request, reply, file, `public, max-age=${YEAR_SECONDS}, immutable`);
    },
  });
};
