import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeIssues, SessionReplySchema, SignInRequestSchema, type SessionReply } from '@candor/protocol';
import { tokensMatch } from '../http/admin-token.js';
import { HttpError } from '../http/http-error.js';
import { useJsonBodyParsers } from '../http/json-body-parsers.js';
import { sessionCookie } from '../http/session-cookie.js';
import { SESSION_MAX_MS } from '../http/session-store.js';
import { zodIssue } from '../http/validation-error.js';
import type { RouteContext } from './route-context.js';

/** Sign-in bodies are small: the token, once. */
const SIGN_IN_BODY_LIMIT = 4 * 1024;

/**
 * `POST /v1/session` with `{ "token": "<admin token>" }`: signs a browser in to the results app.
 * The right token gets a session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) and when
 * it ends; a wrong one a 401. After a few wrong tokens from one client (IP address), that client
 * waits longer and longer between tries (429 with Retry-After, saying how long); nobody else is
 * slowed. The token is read from the body only, and never logged.
 */
export const sessionPostRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { config, sessions, signIns }) => {
  useJsonBodyParsers(app);
  app.route({
    method: 'POST',
    url: '/v1/session',
    bodyLimit: SIGN_IN_BODY_LIMIT,
    schema: { body: SignInRequestSchema, response: { 200: SessionReplySchema } },
    schemaErrorFormatter: (errors) => new HttpError(400, `The body is not a sign-in request: ${describeIssues(errors.map(zodIssue))}.`),
    preValidation: async (request) => {
      if (request.body === undefined) throw new HttpError(400, 'The request body is empty; send { "token": "<admin token>" } as JSON.');
    },
    handler: async (request, reply): Promise<SessionReply> => {
      if (!config.adminToken) {
        throw new HttpError(403, 'Signing in is turned off because this collector has no admin token; start it with --admin-token <token> or the CANDOR_ADMIN_TOKEN environment variable.');
      }
      const client = request.ip;
      const wait = signIns.waitSeconds(client);
      if (wait > 0) {
        throw new HttpError(429, `Too many wrong admin tokens from this address. Wait ${wait} second${wait === 1 ? '' : 's'} before trying again.`, { 'retry-after': String(wait) });
      }
      if (!tokensMatch(request.body.token, config.adminToken)) {
        signIns.failed(client);
        throw new HttpError(401, 'The admin token is wrong; check it and try again.');
      }
      signIns.succeeded(client);
      const { id, session } = sessions.create();
      // The cookie may outlive an idle session; the server decides when it ends (renewed by use up to its limit).
      reply.header('set-cookie', sessionCookie(id, { maxAgeSeconds: SESSION_MAX_MS / 1000, secure: request.protocol === 'https' }));
      return { expiresAt: session.expiresAt.toISOString() };
    },
  });
};
