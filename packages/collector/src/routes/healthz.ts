import type { FastifyPluginAsync } from 'fastify';

/** `GET /healthz`: the process is up and serving. */
export const healthzRoute: FastifyPluginAsync = async (app) => {
  app.get('/healthz', async () => ({ ok: true }));
};
