import type { SubmissionFilter } from './submission-filter.js';
import type { FilterSql } from './filter-sql.js';

const CONSENT = { quotes: 1, 'no-quotes': 0, 'not-asked': -1 } as const;

/** Whether an instant falls on a whole UTC hour, as the summaries' hours do. */
const onTheHour = (instant: string) => new Date(instant).getTime() % 3_600_000 === 0;

/**
 * The WHERE clause over a summary table (alias `t`: submission_tally, answer_tally) for a
 * filter, or undefined when the summaries cannot answer it: a question, a text search or
 * metadata narrow it, or a time bound falls inside an hour. Parameters are numbered from
 * `firstParam`. Rows whose count fell to zero are the caller's to skip.
 */
export function tallyFilterSql(filter: SubmissionFilter, firstParam = 1): FilterSql | undefined {
  if (filter.questionId !== undefined || filter.search !== undefined || filter.metadataKey !== undefined || filter.metadataValue !== undefined) return undefined;
  if ((filter.from !== undefined && !onTheHour(filter.from)) || (filter.to !== undefined && !onTheHour(filter.to))) return undefined;
  const params: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    params.push(value);
    return `$${firstParam + params.length - 1}::${cast}`;
  };
  const conditions = ['true'];
  if (filter.surveyId !== undefined) conditions.push(`t.survey_id = ${param(filter.surveyId, 'text')}`);
  if (filter.from !== undefined) conditions.push(`t.hour >= ${param(filter.from, 'timestamptz')}`);
  if (filter.to !== undefined) conditions.push(`t.hour < ${param(filter.to, 'timestamptz')}`);
  if (filter.partial !== undefined) conditions.push(`t.partial = ${param(filter.partial, 'boolean')}`);
  if (filter.locale !== undefined) {
    const locale = param(filter.locale.toLowerCase(), 'text');
    conditions.push(`(t.locale = ${locale} or starts_with(t.locale, ${locale} || '-'))`);
  }
  if (filter.surveyVersion !== undefined) conditions.push(`t.survey_version = ${param(filter.surveyVersion, 'text')}`);
  if (filter.consent !== undefined) conditions.push(`t.consent = ${param(CONSENT[filter.consent], 'smallint')}`);
  return { where: conditions.join(' and '), params };
}

/** Whether the filter narrows by nothing but the survey: what the per-person and metadata summaries are keyed by. */
export const surveyOnly = (filter: SubmissionFilter) =>
  Object.entries(filter).every(([key, value]) => value === undefined || key === 'surveyId');

/**
 * Whether a time zone's offset from UTC is a whole number of hours (this year and last, winter
 * and summer), so days and weeks there are made of whole UTC hours. Unknown zones are not.
 */
export function wholeHourZone(tz: string): boolean {
  try {
    const year = new Date().getUTCFullYear();
    const format = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
    return [year - 1, year].flatMap((y) => [Date.UTC(y, 0, 15), Date.UTC(y, 6, 15)]).every((instant) => {
      const offset = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
      return /^GMT(?:[+-]\d{1,2}(?::00)?)?$/.test(offset);
    });
  } catch {
    return false;
  }
}
