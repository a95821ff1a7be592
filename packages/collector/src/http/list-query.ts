import type { ListQuery } from '../store/answer-store.js';
import { HttpError } from './http-error.js';
import { parseFilterQuery } from './filter-query.js';

export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 500;

/** Reads `limit`, `offset` and the filter (see parseFilterQuery) from a query string; a bad value is a 400 naming it. */
export function parseListQuery(query: Record<string, unknown>): ListQuery {
  const limit = wholeNumber(query, 'limit', DEFAULT_LIST_LIMIT, 1, MAX_LIST_LIMIT);
  const offset = wholeNumber(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  return { limit, offset, ...parseFilterQuery(query) };
}

function wholeNumber(query: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new HttpError(400, `The "${name}" query parameter must be a whole number ${range}; got ${JSON.stringify(raw)}.`);
  }
  return value;
}
