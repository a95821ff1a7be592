import type { FastifySchemaValidationError } from 'fastify';
import { HttpError } from './http-error.js';
import { describeValidationErrors, formatPath, zodIssue } from './validation-error.js';
import type { DefinitionIssue } from '../routes/definition-replies.js';

/**
 * A 400 for a survey definition that is not valid: the sentence names the fields at fault (as
 * every 400 of the collector does), and `issues` lists each field's path and what it must be,
 * so an editor can show each next to its field.
 */
export function definitionBodyError(errors: FastifySchemaValidationError[]): HttpError {
  const issues: DefinitionIssue[] = errors.map(zodIssue).flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a field of a survey definition' }))
      : [{ path: formatPath(issue.path), message: issue.message.replace(/\.$/, '') }],
  );
  const described = describeValidationErrors(errors, 'body');
  return new HttpError(400, `The survey definition is not valid: ${described.message}`, {}, { issues: issues.slice(0, 100) });
}
