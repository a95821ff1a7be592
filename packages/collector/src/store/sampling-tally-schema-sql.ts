/**
 * Version 11: submissions per sampling rate, kept as submissions arrive and are withdrawn, with
 * the keys of `submission_tally` (migration 6: survey, UTC hour, version, locale, partial or
 * finished, consent), so the report's method ("how likely people were to be asked") reads a few
 * summary rows instead of every submission. Statement-level triggers keep it, as migration 6's do.
 */

const KEY = 'survey_id, hour, survey_version, locale, partial, consent, rate';

/** The upsert for the submissions `source` yields, each with a `sign` (+1 or -1). */
const applySql = (source: string) => `
  insert into sampling_tally as t (${KEY}, submissions)
  select ${KEY}, sum(sign) from (
    select r.sign, r.survey_id, date_trunc('hour', r.received_at, 'UTC') as hour, r.survey_version, lower(r.locale) as locale, r.partial,
      (case r.body -> 'consent' -> 'quotes' when 'true'::jsonb then 1 when 'false'::jsonb then 0 else -1 end)::smallint as consent,
      coalesce((r.body ->> 'sampleRate')::float8, 1) as rate
    from (${source}) r) c
  group by ${KEY} having sum(sign) <> 0 order by ${KEY}
  on conflict (${KEY}) do update set submissions = t.submissions + excluded.submissions;`;

const LIVE_ADDED = 'select 1 as sign, * from added where withdrawn_at is null';
const LIVE_REMOVED = 'select -1 as sign, * from removed where withdrawn_at is null';

const triggerFunction = (name: string, source: string) => `
create or replace function ${name}() returns trigger language plpgsql set search_path from current as $tally$
begin
  ${applySql(source)}
  return null;
end
$tally$;`;

export const SCHEMA_V11_SQL = `
create table if not exists sampling_tally (
  survey_id text not null,
  hour timestamptz not null,
  survey_version text not null,
  locale text not null,
  partial boolean not null,
  consent smallint not null,
  rate float8 not null,
  submissions integer not null,
  primary key (${KEY})
);
lock table submissions in share row exclusive mode;
${applySql('select 1 as sign, * from submissions where withdrawn_at is null')}
${triggerFunction('candor_sampling_tally_inserted', LIVE_ADDED)}
${triggerFunction('candor_sampling_tally_updated', `${LIVE_ADDED} union all ${LIVE_REMOVED}`)}
${triggerFunction('candor_sampling_tally_deleted', LIVE_REMOVED)}
create or replace function candor_sampling_tally_truncated() returns trigger language plpgsql set search_path from current as $tally$
begin
  truncate sampling_tally;
  return null;
end
$tally$;
create trigger submissions_sampling_tally_inserted after insert on submissions
  referencing new table as added for each statement execute function candor_sampling_tally_inserted();
create trigger submissions_sampling_tally_updated after update on submissions
  referencing old table as removed new table as added for each statement execute function candor_sampling_tally_updated();
create trigger submissions_sampling_tally_deleted after delete on submissions
  referencing old table as removed for each statement execute function candor_sampling_tally_deleted();
create trigger submissions_sampling_tally_truncated after truncate on submissions
  for each statement execute function candor_sampling_tally_truncated();
analyze sampling_tally;
`;
