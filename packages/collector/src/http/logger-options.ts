import type { FastifyRequest, FastifyServerOptions } from 'fastify';

type LoggerOption = FastifyServerOptions['logger'];

/** Hides `token=` query values (the results page's admin token) from logged URLs. */
export function redactTokenInUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

/** Fastify logger options with a request serializer that never logs the admin token. */
export function loggerOptions(logger: LoggerOption): LoggerOption {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactTokenInUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
      ...base.serializers,
    },
  };
}
