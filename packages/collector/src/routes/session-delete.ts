import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clearedSessionCookie, sessionIdFrom } from '../http/session-cookie.js';
import type { RouteContext } from './route-context.js';

/** `DELETE /v1/session`: signs the browser out: its session ends on the server and its cookie is cleared. Always 204. */
export const sessionDeleteRoute: FastifyPluginAsyncZod<RouteContext> = async (app, { sessions }) => {
  app.route({
    method: 'DELETE',
    url: '/v1/session',
    handler: async (request, reply) => {
      const id = sessionIdFrom(request.headers.cookie);
      if (id !== undefined) sessions.end(id);
      return reply.code(204).header('set-cookie', clearedSessionCookie(request.protocol === 'https')).send();
    },
  });
};
