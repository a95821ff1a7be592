import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SessionReplySchema, type SessionReply } from '@candor/protocol';
import { HttpError } from '../http/http-error.js';
import { requestSession } from '../http/session-access.js';
import type { RouteContext } from './route-context.js';

/** `GET /v1/session`: 200 with when the browser's session ends, or 401 when it is not signed in. */
export const sessionGetRoute: FastifyPluginAsyncZod<RouteContext> = async (app) => {
  app.route({
    method: 'GET',
    url: '/v1/session',
    schema: { response: { 200: SessionReplySchema } },
    handler: async (request): Promise<SessionReply> => {
      const session = requestSession(request);
      if (!session) throw new HttpError(401, 'This browser is not signed in, or its session ended; sign in with the admin token.');
      return { expiresAt: session.expiresAt.toISOString() };
    },
  });
};
