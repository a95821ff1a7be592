import * as z from 'zod';
import { checkFromBeforeTo, FILTER_QUERY_SHAPE, submissionFilter } from './filter-query.js';
import { param, queryText, requiredParam } from './query-param.js';

/** An IANA time zone the runtime knows, like Europe/Paris or UTC. */
const timeZone = queryText(64).refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return /^[A-Za-z0-9_+\-/]+$/.test(zone);
    } catch {
      return false;
    }
  },
  { error: (issue) => `must be a time zone like Europe/Paris or UTC; got ${JSON.stringify(issue.input)}` },
);

/** `GET /v1/overview`: the filter, and how to count arrivals over time: per `bucket` (day or week) in time zone `tz`. */
export const OverviewQuerySchema = z
  .object({
    ...FILTER_QUERY_SHAPE,
    tz: param(timeZone),
    bucket: param(z.enum(['day', 'week'], { error: (issue) => `must be day or week; got ${JSON.stringify(issue.input)}` })),
  })
  .superRefine(checkFromBeforeTo)
  .transform(({ tz, bucket, ...rest }) => ({ filter: submissionFilter(rest), tz: tz ?? 'UTC', bucket: bucket ?? 'day' }));

/** `GET /v1/themes/breakdown`: the question, by language or by a metadata key, and the filter. */
export const BreakdownQuerySchema = z
  .object({
    ...FILTER_QUERY_SHAPE,
    question: requiredParam(100, 'the question whose themes to break down, like "hope"'),
    by: param(z.enum(['language', 'metadata'], { error: (issue) => `must be language or metadata; got ${JSON.stringify(issue.input)}` })),
    key: param(queryText(100)),
  })
  .superRefine((query, context) => {
    checkFromBeforeTo(query, context);
    if (query.by === 'metadata' && query.key === undefined) {
      context.addIssue({ code: 'custom', path: ['key'], message: 'is required with by=metadata: the metadata key to break down by', input: query.key });
    }
  })
  .transform(({ by, key, question, ...rest }) => ({ questionId: question, by: by ?? 'language', key: by === 'metadata' ? (key as string) : null, filter: submissionFilter(rest) }));

/** `GET /v1/report.html`: a survey and a date range (the other filters do not apply to a report). */
export const ReportQuerySchema = z
  .object({ survey: FILTER_QUERY_SHAPE.survey, from: FILTER_QUERY_SHAPE.from, to: FILTER_QUERY_SHAPE.to })
  .superRefine(checkFromBeforeTo)
  .transform((query) => submissionFilter(query));
