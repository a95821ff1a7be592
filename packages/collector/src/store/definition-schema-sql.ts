/**
 * Version 9: survey definitions (issue #17), every version kept. A survey's published definition
 * is its newest version: a rollback publishes an earlier version's content again as a new one,
 * so versions only grow and answers keep the version they were given.
 *
 * `body_text` is the definition exactly as `GET /v1/surveys/:surveyId` serves it (JSON, with its
 * `version` and `publishedAt`); `content_hash` is the SHA-256 of its content without those two, to
 * tell a change from a publish of the same text; `restored_from` is the version a rollback took its
 * content from.
 */
export const SCHEMA_V9_SQL = `
create table if not exists survey_definitions (
  survey_id text not null,
  version integer not null check (version > 0),
  body_text text not null,
  content_hash text not null,
  published_at timestamptz not null,
  restored_from integer,
  primary key (survey_id, version)
);
`;

/** Takes the survey's lock for this transaction: publishes of one survey take turns (across processes too). */
export const LOCK_SURVEY_DEFINITIONS_SQL = `select pg_advisory_xact_lock(hashtext('candor-collector definitions ' || current_schema() || ' ' || $1::text))`;

/** The survey's newest version: what is published. */
export const NEWEST_DEFINITION_SQL = `select version, body_text, content_hash, published_at, restored_from
  from survey_definitions where survey_id = $1 order by version desc limit 1`;

/** One version of a survey's definition. */
export const DEFINITION_VERSION_SQL = `select version, body_text, content_hash, published_at, restored_from
  from survey_definitions where survey_id = $1 and version = $2`;

/**
 * The highest whole-number survey version answers of this survey were given (by the script tag's
 * `surveyVersion`, before anything was published): a first definition takes the number after it.
 */
export const HIGHEST_ANSWERED_VERSION_SQL = `select max(case when survey_version ~ '^[0-9]{1,9}$' then survey_version::integer end) as version
  from submission_tally where survey_id = $1 and submissions > 0`;

export const INSERT_DEFINITION_SQL = `insert into survey_definitions (survey_id, version, body_text, content_hash, published_at, restored_from)
  values ($1, $2, $3, $4, $5, $6)`;

/** Every version of a survey, newest first, without their content. */
export const DEFINITION_HISTORY_SQL = `select version, published_at, restored_from
  from survey_definitions where survey_id = $1 order by version desc limit $2`;

/** Every survey with a published definition: its newest version, when, and how many versions; most recently published first. */
export const PUBLISHED_SURVEYS_SQL = `select survey_id, max(version) as version, max(published_at) as published_at, count(*)::integer as versions
  from survey_definitions group by survey_id order by max(published_at) desc, survey_id limit 500`;
