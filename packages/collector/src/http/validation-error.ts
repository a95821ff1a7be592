import type { FastifySchemaValidationError } from 'fastify';
import type * as z from 'zod';
import { HttpError } from './http-error.js';

/** Which part of the request a validation error is about. */
export type SchemaErrorDataVar = 'body' | 'headers' | 'params' | 'querystring';

/** Sentences named in a reply at most. */
const MAX_SENTENCES = 3;

/** A validation error as fastify-type-provider-zod reports it, turned back into a zod issue. */
export function zodIssue(error: FastifySchemaValidationError): z.core.$ZodIssue {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return { ...error.params, code: error.keyword, path, message: error.message ?? 'is not valid' } as unknown as z.core.$ZodIssue;
}

/** A field's path as the sentences name it: "questions[0].prompt.en". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** One issue as the sentence a client gets. A message that starts with a capital is a whole sentence already. */
function sentence(issue: z.core.$ZodIssue, dataVar: SchemaErrorDataVar): string {
  const message = issue.message.replace(/\.$/, '');
  if (/^[A-Z]/.test(message)) return `${message}.`;
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const key = String(issue.keys[0]).slice(0, 50);
    return `The ${where ? `"${where}" field` : 'body'} has a field "${key}" this route does not take.`;
  }
  switch (dataVar) {
    case 'querystring':
      return where ? `The "${where}" query parameter ${message}.` : `The query string ${message}.`;
    case 'params':
      return `The "${where}" in the path ${message}.`;
    case 'headers':
      return `The "${where}" header ${message}.`;
    default:
      return where ? `The "${where}" field ${message}.` : `The body ${message}.`;
  }
}

/**
 * Fastify's schemaErrorFormatter for zod route schemas: a 400 in the contract's shape whose
 * sentence names each parameter or field at fault and what it must be.
 */
export function describeValidationErrors(errors: FastifySchemaValidationError[], dataVar: SchemaErrorDataVar): HttpError {
  const sentences = [...new Set(errors.map((error) => sentence(zodIssue(error), dataVar)))];
  const more = sentences.length > MAX_SENTENCES ? ` (and ${sentences.length - MAX_SENTENCES} more)` : '';
  return new HttpError(400, `${sentences.slice(0, MAX_SENTENCES).join(' ')}${more}`);
}
