import type { FastifyInstance } from 'fastify';
import { parseJsonText } from './parse-json-text.js';

/** Media types a submission may be sent as. text/plain is what navigator.sendBeacon uses for a string. */
export const ACCEPTED_CONTENT_TYPES = ['application/json', 'text/plain'] as const;

/**
 * Replaces Fastify's body parsers in this scope: both accepted media types are read as UTF-8
 * text and decoded as JSON; any other media type gets a 415.
 */
export function useJsonBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser([...ACCEPTED_CONTENT_TYPES], { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonText(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
