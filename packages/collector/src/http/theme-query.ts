import type { SubmissionFilter } from '../store/answer-store.js';
import type { QuoteStatus } from '../store/theme-store.js';
import { HttpError } from './http-error.js';
import { parseFilterQuery } from './filter-query.js';

/** Long names the theme routes also take for the filter's `survey` and `question`. */
const ALIASES = { surveyId: 'survey', questionId: 'question' } as const;

/**
 * The filter of a theme read: every parameter of parseFilterQuery, with `surveyId` and
 * `questionId` accepted for `survey` and `question`. Giving both names different values is a 400.
 */
export function parseThemeFilter(query: Record<string, unknown>): SubmissionFilter {
  const merged: Record<string, unknown> = { ...query };
  for (const [alias, name] of Object.entries(ALIASES)) {
    const value = query[alias];
    if (value === undefined || value === '') continue;
    if (query[name] !== undefined && query[name] !== '' && query[name] !== value) {
      throw new HttpError(400, `The "${alias}" and "${name}" query parameters name the same thing and disagree; give one of them.`);
    }
    merged[name] = value;
  }
  return parseFilterQuery(merged);
}

/** A query parameter that must be there: a 400 naming it when it is missing, repeated or too long. */
export function requiredParameter(query: Record<string, unknown>, name: string, max: number, what: string): string {
  const raw = query[name];
  if (raw === undefined || raw === '') throw new HttpError(400, `The "${name}" query parameter is required: ${what}.`);
  if (typeof raw !== 'string') throw new HttpError(400, `The "${name}" query parameter was given more than once; give it once.`);
  if (raw.length > max) throw new HttpError(400, `The "${name}" query parameter must be at most ${max} characters; it has ${raw.length}.`);
  return raw;
}

export const QUOTE_STATUSES: readonly QuoteStatus[] = ['pending', 'approved', 'rejected'];

/** A quote status from a request field; a 400 naming the field otherwise. `all` is allowed where a list is read. */
export function parseQuoteStatus(raw: unknown, field: string, allowAll: true): QuoteStatus | 'all';
export function parseQuoteStatus(raw: unknown, field: string, allowAll?: false): QuoteStatus;
export function parseQuoteStatus(raw: unknown, field: string, allowAll = false): QuoteStatus | 'all' {
  if (typeof raw === 'string' && ((QUOTE_STATUSES as readonly string[]).includes(raw) || (allowAll && raw === 'all'))) return raw as QuoteStatus | 'all';
  const allowed = [...QUOTE_STATUSES, ...(allowAll ? ['all'] : [])].map((s) => `"${s}"`).join(', ');
  const got = raw === undefined ? 'nothing' : JSON.stringify(raw)?.slice(0, 100);
  throw new HttpError(400, `The "${field}" field must be one of ${allowed}; got ${got}.`);
}
