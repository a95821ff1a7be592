import type { SubmissionFilter } from './submission-filter.js';

/** A WHERE clause and its parameters, numbered from a given position. */
export interface FilterSql {
  where: string;
  params: unknown[];
}

/**
 * The WHERE clause for a filter over `submissions` (alias `s`). Withdrawn submissions never
 * match. Parameters are numbered from `firstParam`, so callers can put theirs first.
 */
export function filterSql(filter: SubmissionFilter, firstParam = 1): FilterSql {
  const params: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    params.push(value);
    return `$${firstParam + params.length - 1}::${cast}`;
  };
  const conditions = ['s.withdrawn_at is null'];
  if (filter.surveyId !== undefined) conditions.push(`s.survey_id = ${param(filter.surveyId, 'text')}`);
  if (filter.from !== undefined) conditions.push(`s.received_at >= ${param(filter.from, 'timestamptz')}`);
  if (filter.to !== undefined) conditions.push(`s.received_at < ${param(filter.to, 'timestamptz')}`);
  if (filter.partial !== undefined) conditions.push(`s.partial = ${param(filter.partial, 'boolean')}`);
  if (filter.locale !== undefined) {
    const locale = param(filter.locale.toLowerCase(), 'text');
    conditions.push(`(lower(s.locale) = ${locale} or starts_with(lower(s.locale), ${locale} || '-'))`);
  }
  const question = filter.questionId === undefined ? undefined : param(filter.questionId, 'text');
  if (question) {
    // Containment can use the GIN index on answers; the exact match below then needs no index.
    conditions.push(`(s.body -> 'answers') @> jsonb_build_array(jsonb_build_object('questionId', ${question}))`);
  }
  if (filter.search !== undefined) {
    const lowered = filter.search.toLowerCase();
    // answer_text (migration 7) holds every answer and follow-up answer, lower-cased, one a line,
    // under a trigram index where pg_trgm is available: alone it is the search when the text
    // cannot span two lines; for one question, each answer is looked at too.
    conditions.push(`s.answer_text like ${param(`%${lowered.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, 'text')}`);
    if (question || lowered.includes('\n')) {
      const search = param(lowered, 'text');
      const sameQuestion = question ? ` and a ->> 'questionId' = ${question}` : '';
      conditions.push(`exists (select 1 from jsonb_array_elements(s.body -> 'answers') a
        where (strpos(lower(a ->> 'text'), ${search}) > 0 or strpos(lower(coalesce(a -> 'followUp' ->> 'text', '')), ${search}) > 0)${sameQuestion})`);
    }
  }
  if (filter.surveyVersion !== undefined) conditions.push(`s.survey_version = ${param(filter.surveyVersion, 'text')}`);
  if (filter.consent === 'quotes') conditions.push(`(s.body -> 'consent' -> 'quotes') = 'true'::jsonb`);
  if (filter.consent === 'no-quotes') conditions.push(`(s.body -> 'consent' -> 'quotes') = 'false'::jsonb`);
  if (filter.consent === 'not-asked') conditions.push(`(s.body -> 'consent' -> 'quotes') is null`);
  if (filter.metadataKey !== undefined) {
    const key = param(filter.metadataKey, 'text');
    conditions.push(
      filter.metadataValue === undefined
        ? `(s.body -> 'context' -> 'metadata') ? ${key}`
        : `(s.body -> 'context' -> 'metadata' ->> ${key}) = ${param(filter.metadataValue, 'text')}`,
    );
  }
  return { where: conditions.join(' and '), params };
}
