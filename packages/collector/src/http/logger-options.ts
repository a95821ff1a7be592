import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import { redactUrl } from './redact-url.js';

type LoggerOption = FastifyServerOptions['logger'];

/**
 * Fastify logger options with a request serializer that never logs the admin token (see
 * redactUrl; `secrets` are the values to hide wherever they appear) or a withdrawal id.
 */
export function loggerOptions(logger: LoggerOption, secrets: readonly string[] = []): LoggerOption {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url, secrets),
        host: request.host,
        remoteAddress: request.ip,
      }),
      ...base.serializers,
    },
  };
}
