import type { FastifyRequest, FastifyServerOptions } from 'fastify';

type LoggerOption = FastifyServerOptions['logger'];

/**
 * Hides secrets from a URL before it is logged: `token=` query values (the admin token) and
 * the id of `DELETE /v1/answers/<id>` (the device's key to withdraw its answers).
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]').replace(/^(\/v1\/answers\/)(?!counts(?:[?#]|$))[^?#/]+/, '$1[id]');
}

/** Fastify logger options with a request serializer that never logs the admin token or a withdrawal id. */
export function loggerOptions(logger: LoggerOption): LoggerOption {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
      ...base.serializers,
    },
  };
}
