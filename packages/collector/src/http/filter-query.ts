import type { SubmissionFilter } from '../store/answer-store.js';
import { HttpError } from './http-error.js';

/** The query parameters every read takes, and what each means (quoted in error replies). */
export const FILTER_PARAMETERS = ['survey', 'question', 'from', 'to', 'locale', 'partial', 'q'] as const;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Reads the filter of a read from its query string: `survey`, `question`, `locale` (a language:
 * "pt" matches "pt-BR"), `partial` (true or false), `q` (text in an answer), `from` and `to`
 * (when it was received: a day like 2026-11-27, which `to` includes whole, or an ISO date-time).
 * Empty parameters are ignored; a bad one is a 400 that names it and says what it takes.
 */
export function parseFilterQuery(query: Record<string, unknown>): SubmissionFilter {
  const filter: SubmissionFilter = {};
  const survey = text(query, 'survey', 100);
  const question = text(query, 'question', 100);
  const locale = text(query, 'locale', 35);
  const search = text(query, 'q', 200);
  const partial = text(query, 'partial', 5);
  const from = instant(query, 'from', 'start');
  const to = instant(query, 'to', 'end');
  if (survey !== undefined) filter.surveyId = survey;
  if (question !== undefined) filter.questionId = question;
  if (locale !== undefined) filter.locale = locale;
  if (search !== undefined) filter.search = search;
  if (partial !== undefined) {
    if (partial !== 'true' && partial !== 'false') {
      throw new HttpError(400, `The "partial" query parameter must be true (only answers left part-way) or false (only finished ones); got ${JSON.stringify(partial)}.`);
    }
    filter.partial = partial === 'true';
  }
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  if (from !== undefined && to !== undefined && Date.parse(from) >= Date.parse(to)) {
    throw new HttpError(400, `The "from" query parameter (${String(query['from'])}) must be before "to" (${String(query['to'])}).`);
  }
  return filter;
}

function text(query: Record<string, unknown>, name: string, max: number): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new HttpError(400, `The "${name}" query parameter was given more than once; give it once.`);
  if (raw.length > max) throw new HttpError(400, `The "${name}" query parameter must be at most ${max} characters; it has ${raw.length}.`);
  return raw;
}

/** An ISO instant; a date alone means the start of that UTC day for `from`, the end of it for `to`. */
function instant(query: Record<string, unknown>, name: string, edge: 'start' | 'end'): string | undefined {
  const raw = text(query, name, 40);
  if (raw === undefined) return undefined;
  const dateOnly = DATE_ONLY.test(raw);
  const time = dateOnly ? Date.parse(`${raw}T00:00:00Z`) : DATE_TIME.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new HttpError(400, `The "${name}" query parameter must be a day like 2026-11-27 or a date-time like 2026-11-27T09:30:00Z; got ${JSON.stringify(raw)}.`);
  }
  return new Date(dateOnly && edge === 'end' ? time + 86_400_000 : time).toISOString();
}
