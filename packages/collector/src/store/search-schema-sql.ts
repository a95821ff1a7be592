/**
 * Version 7: the text search over answers and follow-ups (the `search` filter) reads one column
 * instead of taking every submission's JSON apart: `answer_text`, kept by the database, holds
 * each answer's text and its follow-up's answer, lower-cased, one per line. Where PostgreSQL's
 * pg_trgm extension can be had (PGlite ships it and the collector loads it; PostgreSQL has it
 * in contrib, trusted, so a database owner may create it), a trigram index on that column finds
 * the matches of a search of three or more characters without reading every row. Without the
 * extension the search reads the column of every row: slower, the same answers.
 */
export const SCHEMA_V7_SQL = `
create or replace function candor_answer_text(body jsonb) returns text language sql immutable parallel safe as $text$
  select lower(coalesce(string_agg(coalesce(a ->> 'text', '') || E'\\n' || coalesce(a -> 'followUp' ->> 'text', ''), E'\\n'), ''))
  from jsonb_array_elements(case when jsonb_typeof(body -> 'answers') = 'array' then body -> 'answers' else '[]'::jsonb end) a
$text$;
alter table submissions add column if not exists answer_text text generated always as (candor_answer_text(body)) stored;
do $trigram$
declare
  found text;
begin
  -- In the public schema when allowed, so every schema of the database can use it; else in this one.
  begin
    create extension if not exists pg_trgm with schema public;
  exception when others then
    begin
      create extension if not exists pg_trgm;
    exception when others then
      null;
    end;
  end;
  select extnamespace::regnamespace::text into found from pg_extension where extname = 'pg_trgm';
  if found is not null then
    -- A short pending list: an insert that has to merge it into the index takes tens of milliseconds, not hundreds.
    execute format('create index if not exists submissions_answer_text on submissions using gin (answer_text %s.gin_trgm_ops) with (gin_pending_list_limit = 256) where withdrawn_at is null', found);
  end if;
end
$trigram$;
`;
