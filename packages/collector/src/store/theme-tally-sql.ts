// The theme views' reads of one survey from the counts migration 10 keeps (theme-tally-schema-sql.ts):
// the summaries themselves, and the few labels needed to count people exactly (see theme-tally.ts).

const STAMP_COLUMNS = 't.scheme_version, t.classifier, t.classifier_version';
const MEMBER_COLUMNS = `t.submission_id::text as submission_id, t.person, t.question_id, t.label, ${STAMP_COLUMNS}, t.month, t.language, t.quotes_allowed`;

/** $1 survey, $2 question (null: every question): labelled answers per stamp, label, month and language. */
export const THEME_TALLY_SQL = `
select t.question_id, ${STAMP_COLUMNS}, t.month, t.language, t.label, t.answers from theme_tally t
where t.survey_id = $1::text and ($2::text is null or t.question_id = $2::text) and t.answers > 0`;

/** $1 survey, $2 question (null: every question): answers labelled, and in a theme, per stamp, month and language. */
export const THEME_ANSWER_TALLY_SQL = `
select t.question_id, ${STAMP_COLUMNS}, t.month, t.language, t.labelled, t.in_theme, t.quotable_in_theme from theme_answer_tally t
where t.survey_id = $1::text and ($2::text is null or t.question_id = $2::text) and t.labelled > 0`;

/** $1 survey, $2 question (null: every one): every label of the people with more than one submission in the survey. */
export const REPEATED_PEOPLE_LABELS_SQL = `
select ${MEMBER_COLUMNS} from answer_themes t
where t.survey_id = $1::text and ($2::text is null or t.question_id = $2::text)
  and t.person in (select p.person from respondent_tally p where p.survey_id = $1::text and p.submissions > 1)`;

/** $1 survey, $2 question, $3 metadata key: labelled answers per stamp, value of the key and label. */
export const THEME_METADATA_TALLY_SQL = `
select t.question_id, ${STAMP_COLUMNS}, t.value, t.label, t.answers from theme_metadata_tally t
where t.survey_id = $1::text and t.question_id = $2::text and t.key = $3::text and t.answers > 0`;

/** $1 survey, $2 question, $3 metadata key: answers labelled, and in a theme, per stamp and value of the key. */
export const THEME_METADATA_ANSWER_TALLY_SQL = `
select t.question_id, ${STAMP_COLUMNS}, t.value, t.labelled, t.in_theme, t.quotable_in_theme from theme_metadata_answer_tally t
where t.survey_id = $1::text and t.question_id = $2::text and t.key = $3::text and t.labelled > 0`;

/** $1 survey, $2 question, $3 metadata key: the labels of the people with more than one submission, with the key's value. */
export const REPEATED_PEOPLE_METADATA_SQL = `
select ${MEMBER_COLUMNS}, t.metadata ->> $3::text as value from answer_themes t
where t.survey_id = $1::text and t.question_id = $2::text
  and t.person in (select p.person from respondent_tally p where p.survey_id = $1::text and p.submissions > 1)`;

/** $1 survey, $2 question, $3 metadata key, $4 JSON array of {label, value}: the labels in those cells, with the key's value. */
export const METADATA_CELL_LABELS_SQL = `
select distinct ${MEMBER_COLUMNS}, t.metadata ->> $3::text as value from jsonb_to_recordset($4::jsonb) as c(label text, value text)
join answer_themes t on t.survey_id = $1::text and t.question_id = $2::text and t.label = c.label and t.metadata ->> $3::text = c.value`;

/**
 * $1 survey, $2 JSON array of {question, label, month, language} (month and language null for
 * any): the labels in those cells (the small groups folded into "other", a few rows each).
 */
export const CELL_LABELS_SQL = `
select distinct ${MEMBER_COLUMNS} from jsonb_to_recordset($2::jsonb) as c(question text, label text, month text, language text)
join answer_themes t on t.survey_id = $1::text and t.question_id = c.question and t.label = c.label
  and (c.month is null or t.month = c.month) and (c.language is null or t.language = c.language)`;

/**
 * $1 survey, $2 JSON array of submission ids: every label of those submissions (to tell whether
 * an answer in a folded theme is also in a shown one).
 */
export const SUBMISSION_LABELS_SQL = `
select ${MEMBER_COLUMNS} from answer_themes t
where t.survey_id = $1::text and t.submission_id = any(array(select value::uuid from jsonb_array_elements_text($2::jsonb)))`;

/** $1 survey, $2 and $3 JSON [scheme, classifier, version] of the hope and the concern labels: submissions per hope/concern pair. */
export const PAIR_TALLY_SQL = `
select t.hope, t.concern, t.answers from theme_pair_tally t
where t.survey_id = $1::text and t.answers > 0
  and t.hope_scheme_version = $2::jsonb ->> 0 and t.hope_classifier = $2::jsonb ->> 1 and t.hope_classifier_version = $2::jsonb ->> 2
  and t.concern_scheme_version = $3::jsonb ->> 0 and t.concern_classifier = $3::jsonb ->> 1 and t.concern_classifier_version = $3::jsonb ->> 2`;

/**
 * $1 survey, $2 question, $3 label, $4 JSON [scheme, classifier, version], $5 limit, $6 offset:
 * a page of the answers carrying the label, newest first (column submission_id).
 */
export const LABEL_PAGE_SQL = `
select t.submission_id::text as submission_id from answer_themes t
where t.survey_id = $1::text and t.question_id = $2::text and t.label = $3::text
  and t.scheme_version = $4::jsonb ->> 0 and t.classifier = $4::jsonb ->> 1 and t.classifier_version = $4::jsonb ->> 2
order by t.received_at desc, t.submission_id limit $5::int offset $6::int`;

/**
 * $1 survey, $2 JSON array of {question, label, scheme, classifier, version} (the shown themes),
 * $3 at or before this arrival time (null: from the newest), $4 limit: labels of answers from
 * people who allowed quotes in those themes, newest first, with their quote decision.
 */
export const QUOTABLE_LABELS_SQL = `
select ${MEMBER_COLUMNS}, t.received_at, t.received_at::text as cursor, q.status, q.decided_at
from answer_themes t
left join quote_approvals q on q.submission_id = t.submission_id and q.question_id = t.question_id
where t.survey_id = $1::text and t.quotes_allowed and ($3::timestamptz is null or t.received_at <= $3::timestamptz)
  and (t.question_id, t.label, t.scheme_version, t.classifier, t.classifier_version) in (
    select x.question, x.label, x.scheme, x.classifier, x.version
    from jsonb_to_recordset($2::jsonb) as x(question text, label text, scheme text, classifier text, version text))
order by t.received_at desc, t.submission_id, t.question_id, t.label limit $4::int`;

/** $1 survey: the labels of answers with a quote decision (a few: people make them). */
export const DECIDED_LABELS_SQL = `
select ${MEMBER_COLUMNS}, t.received_at, t.received_at::text as cursor, q.status, q.decided_at
from quote_approvals q join answer_themes t on t.submission_id = q.submission_id and t.question_id = q.question_id
where t.survey_id = $1::text and t.quotes_allowed`;
