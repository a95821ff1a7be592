import type { FastifyInstance } from 'fastify';
import underPressure from '@fastify/under-pressure';
import type { CollectorConfig } from '../options/collector-options.js';
import { HttpError } from './http-error.js';


/** Seconds a shed client is told to wait. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 5;

/**
 * Sheds load when the process is overloaded (its event loop lags, or its heap is too full):
 * every request then gets 503 with Retry-After before its body is read, instead of the process
 * slowing down for everyone or running out of memory. Nothing already accepted is affected: a
 * submission is answered 2xx only once the database has it.
 */
export function installLoadShedding(app: FastifyInstance, options: CollectorConfig['loadShedding']): void {
  const { maxEventLoopDelayMs, maxHeapUsedBytes, sampleIntervalMs } = options;
  if (maxEventLoopDelayMs <= 0 && maxHeapUsedBytes <= 0) return;
  app.register(underPressure, {
    maxEventLoopDelay: maxEventLoopDelayMs,
    maxHeapUsedBytes,
    sampleInterval: sampleIntervalMs,
    pressureHandler: (request, _reply, type) => {
      request.log.warn({ type }, 'shedding load');
      return Promise.reject(overloaded());
    },
  });
}

/** The 503 a client gets while the collector sheds load. */
export function overloaded(seconds = OVERLOAD_RETRY_AFTER_SECONDS): HttpError {
  return new HttpError(503, `The collector is overloaded and did not store this request; retry after ${seconds} seconds (see the Retry-After header). Nothing was lost: send the same submission again.`, {
    'retry-after': String(seconds),
  });
}
