import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';
import { formatByteLimit } from './format-byte-limit.js';
import { ACCEPTED_CONTENT_TYPES } from './json-body-parsers.js';

/**
 * Every error the collector answers with is `{ error: "<a sentence a developer can act on>" }`,
 * including Fastify's own (unsupported media type, body too large, unknown route).
 */
export function installErrorReplies(app: FastifyInstance, options: { bodyLimit: number }): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const { statusCode, message, headers } = describeError(error, request, options.bodyLimit);
    if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
    const details = error instanceof HttpError ? error.details : {};
    return reply.code(statusCode).headers(headers).send({ error: message, ...details });
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    return reply.code(404).send({
      error: `There is no ${request.method} ${path} here; the collector serves POST /v1/answers, GET /v1/answers (with the admin token) and GET /healthz.`,
    });
  });
}

interface ErrorReply {
  statusCode: number;
  message: string;
  headers: Record<string, string>;
}

function describeError(error: FastifyError | HttpError, request: FastifyRequest, bodyLimit: number): ErrorReply {
  if (error instanceof HttpError) return { statusCode: error.statusCode, message: error.message, headers: { ...error.headers } };
  const reply = (statusCode: number, message: string, headers: Record<string, string> = {}) => ({ statusCode, message, headers });
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return reply(413, `The request body is larger than this collector's limit of ${formatByteLimit(bodyLimit)}; send fewer submissions per request or shorter answers.`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const sent = request.headers['content-type']?.slice(0, 100);
      const what = sent ? `Content-Type "${sent}" is not accepted` : 'The request has a body but no Content-Type';
      return reply(415, `${what}; send the body as ${ACCEPTED_CONTENT_TYPES.join(' or ')} (text/plain holding JSON, as navigator.sendBeacon sends).`, {
        'accept-post': ACCEPTED_CONTENT_TYPES.join(', '),
      });
    }
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return reply(400, 'The Content-Length header does not match the length of the body that was sent.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return reply(400, 'The request body is empty; send one submission (a JSON object) or an array of them.');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return reply(status, error.message);
  return reply(500, 'The collector failed while handling this request (an internal error, logged on the server); retry later.');
}
