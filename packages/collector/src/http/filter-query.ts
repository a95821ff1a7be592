import * as z from 'zod';
import type { SubmissionFilter } from '../store/submission-filter.js';
import { param, queryText } from './query-param.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** An ISO instant; a date alone means the start of that UTC day for `from`, the end of it for `to`. */
const instant = (edge: 'start' | 'end') =>
  queryText(40).transform((raw, context) => {
    const dateOnly = DATE_ONLY.test(raw);
    const time = dateOnly ? Date.parse(`${raw}T00:00:00Z`) : DATE_TIME.test(raw) ? Date.parse(raw) : Number.NaN;
    if (Number.isNaN(time)) {
      context.addIssue({ code: 'custom', message: `must be a day like 2026-11-27 or a date-time like 2026-11-27T09:30:00Z; got ${JSON.stringify(raw)}`, input: raw });
      return z.NEVER;
    }
    return new Date(dateOnly && edge === 'end' ? time + 86_400_000 : time).toISOString();
  });

const consent = z.enum(['quotes', 'no-quotes', 'not-asked'], {
  error: (issue) => `must be quotes (allowed quoting), no-quotes (declined) or not-asked; got ${JSON.stringify(issue.input)}`,
});

const partial = z
  .enum(['true', 'false'], { error: (issue) => `must be true (only answers left part-way) or false (only finished ones); got ${JSON.stringify(issue.input)}` })
  .transform((value) => value === 'true');

/**
 * The query parameters every read takes: `survey`, `question`, `locale` (a language: "pt"
 * matches "pt-BR"), `partial` (true or false), `q` (text in an answer or a follow-up's answer),
 * `from` and `to` (when it was received: a day like 2026-11-27, which `to` includes whole, or an
 * ISO date-time), `version` (survey version), `consent` (quotes, no-quotes, not-asked), and
 * `metaKey` with an optional `metaValue` (context metadata). Empty parameters are ignored.
 */
export const FILTER_QUERY_SHAPE = {
  survey: param(queryText(100)),
  question: param(queryText(100)),
  locale: param(queryText(35)),
  q: param(queryText(200)),
  partial: param(partial),
  from: param(instant('start')),
  to: param(instant('end')),
  version: param(queryText(100)),
  consent: param(consent),
  metaKey: param(queryText(100)),
  metaValue: param(queryText(1_000)),
};

type FilterFields = z.output<z.ZodObject<typeof FILTER_QUERY_SHAPE>>;

/** `from` must come before `to`: an issue on "from" otherwise. A metadata value needs its key: an issue on "metaValue" otherwise. */
export function checkFromBeforeTo(query: { from?: string | undefined; to?: string | undefined; metaKey?: string | undefined; metaValue?: string | undefined }, context: z.core.$RefinementCtx<any>): void {
  if (query.metaValue !== undefined && query.metaKey === undefined) {
    context.addIssue({ code: 'custom', path: ['metaValue'], message: 'needs "metaKey": the metadata key whose value it is', input: query.metaValue });
  }
  if (query.from !== undefined && query.to !== undefined && Date.parse(query.from) >= Date.parse(query.to)) {
    context.addIssue({ code: 'custom', path: ['from'], message: `(${query.from}) must be before "to" (${query.to})`, input: query.from });
  }
}

/** The store's filter from the parsed parameters. */
export function submissionFilter(query: Partial<FilterFields>): SubmissionFilter {
  const filter: SubmissionFilter = {};
  if (query.survey !== undefined) filter.surveyId = query.survey;
  if (query.question !== undefined) filter.questionId = query.question;
  if (query.locale !== undefined) filter.locale = query.locale;
  if (query.q !== undefined) filter.search = query.q;
  if (query.partial !== undefined) filter.partial = query.partial;
  if (query.from !== undefined) filter.from = query.from;
  if (query.to !== undefined) filter.to = query.to;
  if (query.version !== undefined) filter.surveyVersion = query.version;
  if (query.consent !== undefined) filter.consent = query.consent;
  if (query.metaKey !== undefined) filter.metadataKey = query.metaKey;
  if (query.metaValue !== undefined) filter.metadataValue = query.metaValue;
  return filter;
}

/** A read's query string as a {@link SubmissionFilter}; other parameters are left out. */
export const FilterQuerySchema = z.object(FILTER_QUERY_SHAPE).superRefine(checkFromBeforeTo).transform(submissionFilter);
