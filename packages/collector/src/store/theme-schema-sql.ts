/**
 * Version 3: theme labels per answer and the quote approval queue.
 *
 * `answer_themes` holds one row per label of one answer (a submission's answer to a question):
 * a concern answer may carry several. Every row says under which scheme (the codebook version,
 * or the local clustering's settings) and by which classifier (name and version) it was made,
 * so a change of either is seen and the answer labelled again. An answer the classifier found
 * nothing in keeps one row labelled "(no theme)", so it is not asked again.
 *
 * `quote_approvals` records the decision on publishing one answer as a quote.
 *
 * Neither survives a withdrawal: AnswerStore.withdraw deletes both with the submission's text,
 * and every read joins them to submissions that are not withdrawn.
 */
export const SCHEMA_V3_SQL = `
create table if not exists answer_themes (
  submission_id uuid not null references submissions (id) on delete cascade,
  question_id text not null,
  label text not null,
  scheme_version text not null,
  classifier text not null,
  classifier_version text not null,
  classified_at timestamptz not null default now(),
  primary key (submission_id, question_id, label)
);
create index if not exists answer_themes_question on answer_themes (question_id, label);
create table if not exists quote_approvals (
  submission_id uuid not null references submissions (id) on delete cascade,
  question_id text not null,
  status text not null check (status in ('pending', 'approved', 'rejected')),
  decided_at timestamptz,
  primary key (submission_id, question_id)
);
`;
