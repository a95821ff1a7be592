import type { FunnelFilter } from './funnel-filter.js';

/**
 * Version 5: the funnel's counts (POST /v1/events), as daily aggregates: one row per day, survey,
 * version, locale, trigger kind, sample rate and event, holding how many times it happened.
 * Never a row per person or per event: nothing here can tell one person from another.
 */
export const SCHEMA_V5_SQL = `
create table if not exists funnel_counts (
  survey_id text not null,
  day date not null,
  survey_version text not null,
  locale text not null,
  trigger text not null,
  sample_rate double precision not null,
  event text not null,
  count bigint not null check (count > 0),
  primary key (survey_id, day, survey_version, locale, trigger, sample_rate, event)
);
create index if not exists funnel_counts_day on funnel_counts (day);
`;

/** One row's key and how much to add, in the column order of {@link addCountsSql}. */
export type FunnelCountRow = [surveyId: string, day: string, surveyVersion: string, locale: string, trigger: string, sampleRate: number, event: string, count: number];

const COLUMNS_PER_ROW = 8;

/**
 * One statement adding `rowCount` rows to the counts: a new key is inserted, an existing one has
 * its count raised in place. PostgreSQL makes each upsert atomic, so concurrent batches (other
 * requests, other processes) add up; the rows must hold distinct keys, in one order everywhere
 * (sorted), so two batches never wait on each other's rows crosswise.
 */
export function addCountsSql(rowCount: number): string {
  const rows = Array.from({ length: rowCount }, (_, r) => {
    const p = (c: number) => `$${r * COLUMNS_PER_ROW + c}`;
    return `(${p(1)}::text, ${p(2)}::date, ${p(3)}::text, ${p(4)}::text, ${p(5)}::text, ${p(6)}::float8, ${p(7)}::text, ${p(8)}::bigint)`;
  });
  return `insert into funnel_counts (survey_id, day, survey_version, locale, trigger, sample_rate, event, count) values ${rows.join(', ')}
    on conflict (survey_id, day, survey_version, locale, trigger, sample_rate, event) do update set count = funnel_counts.count + excluded.count`;
}

/** The matching counts, summed by language (the locale's primary subtag, lower case), trigger kind and event. */
export function funnelCountsSql(filter: FunnelFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown, cast: string) => `$${params.push(value)}::${cast}`;
  const conditions = ['true'];
  if (filter.surveyId !== undefined) conditions.push(`survey_id = ${param(filter.surveyId, 'text')}`);
  if (filter.surveyVersion !== undefined) conditions.push(`survey_version = ${param(filter.surveyVersion, 'text')}`);
  if (filter.from !== undefined) conditions.push(`day >= ${param(filter.from, 'date')}`);
  if (filter.to !== undefined) conditions.push(`day <= ${param(filter.to, 'date')}`);
  if (filter.locale !== undefined) {
    const locale = param(filter.locale.toLowerCase(), 'text');
    conditions.push(`(lower(locale) = ${locale} or starts_with(lower(locale), ${locale} || '-'))`);
  }
  return {
    sql: `select lower(split_part(locale, '-', 1)) as language, trigger, event, sum(count)::float8 as count
      from funnel_counts where ${conditions.join(' and ')} group by 1, 2, 3`,
    params,
  };
}
