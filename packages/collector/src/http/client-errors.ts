import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Replies, in the contract's shape (`{ "error": "..." }`), to requests Node.js could not parse as
 * HTTP (raw non-ASCII bytes in the URL, headers too large, a request too slow to arrive), which
 * never reach Fastify's routes or error handler. A reset connection gets nothing.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'The request took too long to arrive; send it again.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'The request headers are larger than this collector accepts (16 KiB in all); send fewer or shorter headers.']
        : [
            400,
            'Bad Request',
            `The request is not valid HTTP (${error.code ?? 'unparseable'}): a URL may hold only ASCII characters, so percent-encode the rest (é is %C3%A9), and each header must be "Name: value" on its own line.`,
          ];
  const body = JSON.stringify({ error: message });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * Fastify's own early errors, before a route is found: a path with a broken percent escape, a
 * path parameter too long. Answered here (the error handler is not reached yet), in the same shape.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const [status, message] =
    error.code === 'FST_ERR_BAD_URL'
      ? [400, 'The URL\'s path is not valid: each "%" must start an escape of two hex digits, like %20 for a space; percent-encode a literal "%" as %25.']
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? [414, 'A part of the URL\'s path is longer than this collector accepts; no route takes one that long.']
        : [500, 'The collector failed while handling this request (an internal error, logged on the server); retry later.'];
  if (status >= 500) reply.log.error({ err: error }, 'request failed');
  reply.code(status).type('application/json; charset=utf-8').send({ error: message });
}
