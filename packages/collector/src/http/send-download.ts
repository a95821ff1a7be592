import type { FastifyReply } from 'fastify';

/**
 * Sends a file download named `candor-<what>-<today>.<extension>` (a string, or a stream for
 * exports that must keep memory flat).
 */
export function sendDownload(reply: FastifyReply, what: string, extension: string, type: string, body: unknown): FastifyReply {
  const day = new Date().toISOString().slice(0, 10);
  return reply.type(type).header('content-disposition', `attachment; filename="candor-${what}-${day}.${extension}"`).send(body);
}
