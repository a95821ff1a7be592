/**
 * Version 10: theme counts kept by the database as labels are saved and withdrawn, so the theme
 * views of a survey read a few hundred summary rows instead of every label (see theme-tally.ts).
 *
 * - `answer_themes` carries what reports count and break down by, copied from its submission
 *   when a label is saved (a label outlives nothing: it goes with a withdrawal): the survey, the
 *   person ("r:" + the respondent id, or "s:" + the submission id), arrival time and month (UTC),
 *   language (primary subtag, lower case) and consent to quotes.
 * - `theme_tally`: labelled answers per survey, question, classifier stamp, label, month and language.
 * - `theme_answer_tally`: with the same keys but the label, how many answers carry any label
 *   (labelled), how many carry a theme (a label other than "(no theme)"), and how many of those
 *   are from people who allowed quotes.
 *
 * - `theme_metadata_tally` and `theme_metadata_answer_tally`: the same per context metadata key
 *   and value (as text, as `metadata_tally` has them) instead of month and language.
 * - `theme_pair_tally`: submissions whose answer to "hope" carries one theme and whose answer to
 *   "fear" carries another (the hope/concern pairs, light-and-shade.ts), per pair and stamps.
 *
 * The tallies count answers, not people; a person with several submissions is counted once by
 * reading that person's labels (theme-tally.ts), found through `respondent_tally`'s partial index.
 * Statement-level triggers with transition tables keep them, in key order, as migration 6 does.
 */

const NO_THEME = "'(no theme)'";
const STAMP = 'scheme_version, classifier, classifier_version';
const CELL = `survey_id, question_id, ${STAMP}, month, language`;
const METADATA_CELL = `survey_id, question_id, ${STAMP}, key, value`;

/** What a label's submission gives it, from a submissions row aliased s. */
export const LABEL_DIMENSIONS_SQL = `s.survey_id,
  coalesce('r:' || nullif(s.body ->> 'respondentId', ''), 's:' || s.id::text),
  s.received_at,
  to_char(s.received_at at time zone 'UTC', 'YYYY-MM'),
  lower(split_part(s.locale, '-', 1)),
  coalesce((s.body -> 'consent' -> 'quotes') = 'true'::jsonb, false),
  case when jsonb_typeof(s.body -> 'context' -> 'metadata') = 'object' then s.body -> 'context' -> 'metadata' else '{}'::jsonb end`;

export const LABEL_DIMENSION_COLUMNS = 'survey_id, person, received_at, month, language, quotes_allowed, metadata';

const PAIR_STAMPS = 'hope_scheme_version, hope_classifier, hope_classifier_version, concern_scheme_version, concern_classifier, concern_classifier_version';
const PAIR_KEY = `survey_id, hope, concern, ${PAIR_STAMPS}`;

/**
 * Hope/concern pairs (columns of PAIR_KEY and sign) in the hope and fear labels `rows` holds, per
 * submission: each submission's hope labels times its fear labels, from two arrays (a join of the
 * rows with themselves was planned as a nested loop over a transition table, quadratic in the
 * labels saved at once).
 */
const pairsIn = (rows: string, sign: number) => {
  const labels = (question: string) =>
    `jsonb_agg(jsonb_build_array(r.label, r.scheme_version, r.classifier, r.classifier_version)) filter (where r.question_id = '${question}')`;
  return `
  select ${sign} as sign, p.survey_id, h ->> 0 as hope, f ->> 0 as concern,
    h ->> 1 as hope_scheme_version, h ->> 2 as hope_classifier, h ->> 3 as hope_classifier_version,
    f ->> 1 as concern_scheme_version, f ->> 2 as concern_classifier, f ->> 3 as concern_classifier_version
  from (select r.submission_id, r.survey_id, ${labels('hope')} as hopes, ${labels('fear')} as fears
    from ${rows} r group by r.submission_id, r.survey_id) p
  cross join lateral jsonb_array_elements(p.hopes) h cross join lateral jsonb_array_elements(p.fears) f`;
};

/**
 * The upsert of \`theme_pair_tally\` for a change to the labels: the pairs of the submissions
 * touched as they are now, less the pairs as they were (\`before\`: a query over now_rows and the
 * transition table).
 */
function pairsSql(transition: string, before: string): string {
  return `
  with touched as (select distinct submission_id from ${transition} where question_id in ('hope', 'fear') and survey_id is not null),
  now_rows as (select t.* from answer_themes t where t.submission_id = any(array(select submission_id from touched))
    and t.question_id in ('hope', 'fear') and t.label <> ${NO_THEME} and t.survey_id is not null),
  before_rows as (${before}),
  pairs as (${pairsIn('now_rows', 1)} union all ${pairsIn('before_rows', -1)})
  insert into theme_pair_tally as t (${PAIR_KEY}, answers)
  select ${PAIR_KEY}, sum(sign) from pairs group by ${PAIR_KEY} having sum(sign) <> 0 order by ${PAIR_KEY}
  on conflict (${PAIR_KEY}) do update set answers = t.answers + excluded.answers;`;
}

const PAIRS_AFTER_INSERT = pairsSql(
  'added',
  // NOT IN over the transition table is a hashed subplan: a NOT EXISTS was planned as a nested loop over it, quadratic in the rows saved.
  `select n.* from now_rows n where (n.submission_id, n.question_id, n.label) not in (select a.submission_id, a.question_id, a.label from added a)`,
);
const PAIRS_AFTER_DELETE = pairsSql(
  'removed',
  `select * from now_rows union all select r.* from removed r where r.question_id in ('hope', 'fear') and r.label <> ${NO_THEME} and r.survey_id is not null`,
);

/**
 * The two upserts for the label rows `source` yields (each with a `sign`: +1 added, -1 removed,
 * and the columns of `cell`): labelled answers per cell and label into `labelTable`, and answers
 * labelled, with a theme and quotable with a theme per cell into `answerTable`. Whether an answer
 * was labelled before is told from the labels it has now and those the statement changed.
 */
function cellTallySql(source: string, cell: string, labelTable: string, answerTable: string): string {
  const columns = cell.split(', ');
  const c = columns.map((name) => `c.${name}`).join(', ');
  return `
  with changed as (${source})
  insert into ${labelTable} as t (${cell}, label, answers)
  select ${cell}, label, sum(sign) from changed group by ${cell}, label having sum(sign) <> 0 order by ${cell}, label
  on conflict (${cell}, label) do update set answers = t.answers + excluded.answers;

  with changed as (${source}),
  answers as (
    select c.submission_id, ${c}, bool_or(c.quotes_allowed) as quotes_allowed,
      sum(c.sign) as rows_delta, coalesce(sum(c.sign) filter (where c.label <> ${NO_THEME}), 0) as themes_delta
    from changed c group by c.submission_id, ${c}),
  states as (
    select a.*, n.rows_now, n.themes_now from answers a cross join lateral (
      select count(*) as rows_now, count(*) filter (where t.label <> ${NO_THEME}) as themes_now from answer_themes t
      where t.submission_id = a.submission_id and t.question_id = a.question_id and t.scheme_version = a.scheme_version
        and t.classifier = a.classifier and t.classifier_version = a.classifier_version) n),
  deltas as (
    select ${cell}, sum((rows_now > 0)::int - (rows_now - rows_delta > 0)::int) as labelled,
      sum((themes_now > 0)::int - (themes_now - themes_delta > 0)::int) as in_theme,
      sum((themes_now > 0)::int - (themes_now - themes_delta > 0)::int) filter (where quotes_allowed) as quotable_in_theme
    from states group by ${cell})
  insert into ${answerTable} as t (${cell}, labelled, in_theme, quotable_in_theme)
  select ${cell}, labelled, in_theme, coalesce(quotable_in_theme, 0) from deltas where labelled <> 0 or in_theme <> 0 order by ${cell}
  on conflict (${cell}) do update set labelled = t.labelled + excluded.labelled, in_theme = t.in_theme + excluded.in_theme,
    quotable_in_theme = t.quotable_in_theme + excluded.quotable_in_theme;`;
}

/** Label rows of `source` once per metadata key and value of their submission (value as text, as metadata_tally has them). */
const perMetadata = (source: string) => `
  select r.sign, r.submission_id, r.survey_id, r.question_id, r.scheme_version, r.classifier, r.classifier_version,
    m.key, m.value, r.label, r.quotes_allowed
  from (${source}) r cross join lateral jsonb_each_text(r.metadata) m where m.value is not null`;

/** The upserts of every theme tally for the label rows `source` yields. */
function applySql(source: string): string {
  return `${cellTallySql(source, CELL, 'theme_tally', 'theme_answer_tally')}
  ${cellTallySql(perMetadata(source), METADATA_CELL, 'theme_metadata_tally', 'theme_metadata_answer_tally')}`;
}

/**
 * Each statement runs through EXECUTE, so it is planned for the tables as they are at each call.
 * A PL/pgSQL function keeps the plan of a static statement for the session, and a plan made when
 * the labels table was nearly empty (a sequential scan inside a per-answer lookup) made every save
 * slower than the last as the table grew: 50 ms for 100 answers at first, 900 ms at 30,000 labels.
 */
const dynamic = (sql: string) =>
  sql
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean)
    .map((statement) => `execute $candor$ ${statement} $candor$;`)
    .join('\n  ');

const triggerFunction = (name: string, source: string, pairs: string) => `
create or replace function ${name}() returns trigger language plpgsql set search_path from current as $tally$
begin
  ${dynamic(applySql(source))}
  ${dynamic(pairs)}
  return null;
end
$tally$;`;

export const SCHEMA_V10_SQL = `
lock table answer_themes in share row exclusive mode;
alter table answer_themes add column if not exists survey_id text, add column if not exists person text,
  add column if not exists received_at timestamptz, add column if not exists month text,
  add column if not exists language text, add column if not exists quotes_allowed boolean, add column if not exists metadata jsonb;
update answer_themes t set (${LABEL_DIMENSION_COLUMNS}) = (select ${LABEL_DIMENSIONS_SQL} from submissions s
  where s.id = t.submission_id and s.withdrawn_at is null);
create index if not exists answer_themes_person on answer_themes (survey_id, person);
create index if not exists answer_themes_survey_label on answer_themes (survey_id, question_id, label, received_at desc);
create index if not exists answer_themes_quotable on answer_themes (survey_id, received_at desc, submission_id, question_id, label) where quotes_allowed;
create index if not exists respondent_tally_repeated on respondent_tally (survey_id) where submissions > 1;

create table if not exists theme_tally (
  survey_id text not null,
  question_id text not null,
  scheme_version text not null,
  classifier text not null,
  classifier_version text not null,
  month text not null,
  language text not null,
  label text not null,
  answers integer not null,
  primary key (${CELL}, label)
);
create table if not exists theme_answer_tally (
  survey_id text not null,
  question_id text not null,
  scheme_version text not null,
  classifier text not null,
  classifier_version text not null,
  month text not null,
  language text not null,
  labelled integer not null,
  in_theme integer not null,
  quotable_in_theme integer not null,
  primary key (${CELL})
);
create table if not exists theme_metadata_tally (
  survey_id text not null,
  question_id text not null,
  scheme_version text not null,
  classifier text not null,
  classifier_version text not null,
  key text not null,
  value text not null,
  label text not null,
  answers integer not null,
  primary key (${METADATA_CELL}, label)
);
create table if not exists theme_metadata_answer_tally (
  survey_id text not null,
  question_id text not null,
  scheme_version text not null,
  classifier text not null,
  classifier_version text not null,
  key text not null,
  value text not null,
  labelled integer not null,
  in_theme integer not null,
  quotable_in_theme integer not null,
  primary key (${METADATA_CELL})
);
create table if not exists theme_pair_tally (
  survey_id text not null,
  hope text not null,
  concern text not null,
  hope_scheme_version text not null,
  hope_classifier text not null,
  hope_classifier_version text not null,
  concern_scheme_version text not null,
  concern_classifier text not null,
  concern_classifier_version text not null,
  answers integer not null,
  primary key (${PAIR_KEY})
);

insert into theme_pair_tally (${PAIR_KEY}, answers)
select ${PAIR_KEY}, count(*) from (${pairsIn(`(select * from answer_themes where label <> ${NO_THEME} and survey_id is not null)`, 1)}) p
group by ${PAIR_KEY};
do $backfill$ begin
  ${applySql('select 1 as sign, * from answer_themes where survey_id is not null')}
end
$backfill$;

create or replace function candor_theme_label_filled() returns trigger language plpgsql set search_path from current as $filled$
begin
  select ${LABEL_DIMENSIONS_SQL} into new.${LABEL_DIMENSION_COLUMNS.split(', ').join(', new.')}
  from submissions s where s.id = new.submission_id and s.withdrawn_at is null;
  return new;
end
$filled$;
create trigger answer_themes_filled before insert on answer_themes
  for each row when (new.person is null) execute function candor_theme_label_filled();
${triggerFunction('candor_theme_tally_inserted', 'select 1 as sign, * from added where survey_id is not null', PAIRS_AFTER_INSERT)}
${triggerFunction('candor_theme_tally_deleted', 'select -1 as sign, * from removed where survey_id is not null', PAIRS_AFTER_DELETE)}
create or replace function candor_theme_tally_truncated() returns trigger language plpgsql set search_path from current as $tally$
begin
  truncate theme_tally, theme_answer_tally, theme_metadata_tally, theme_metadata_answer_tally, theme_pair_tally;
  return null;
end
$tally$;
create trigger answer_themes_tally_inserted after insert on answer_themes
  referencing new table as added for each statement execute function candor_theme_tally_inserted();
create trigger answer_themes_tally_deleted after delete on answer_themes
  referencing old table as removed for each statement execute function candor_theme_tally_deleted();
create trigger answer_themes_tally_truncated after truncate on answer_themes
  for each statement execute function candor_theme_tally_truncated();
analyze answer_themes, theme_tally, theme_answer_tally, theme_metadata_tally, theme_metadata_answer_tally, theme_pair_tally, respondent_tally;
`;
