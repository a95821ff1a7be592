import type { ClassifierStamp, QuotableLabel, QuoteStatus, TallyLabel, ThemeMembership, ThemeStore } from './theme-store.js';
import {
  CELL_LABELS_SQL,
  DECIDED_LABELS_SQL,
  LABEL_PAGE_SQL,
  METADATA_CELL_LABELS_SQL,
  PAIR_TALLY_SQL,
  QUOTABLE_LABELS_SQL,
  REPEATED_PEOPLE_LABELS_SQL,
  REPEATED_PEOPLE_METADATA_SQL,
  SUBMISSION_LABELS_SQL,
  THEME_ANSWER_TALLY_SQL,
  THEME_METADATA_ANSWER_TALLY_SQL,
  THEME_METADATA_TALLY_SQL,
  THEME_TALLY_SQL,
} from './theme-tally-sql.js';
import type { SqlClient } from './sql-client.js';
import { answerDetail, type SubmissionTextRow } from './answer-detail.js';
import {
  ANSWER_DETAILS_SQL,
  ANSWERED_QUESTIONS_SQL,
  DECIDE_QUOTE_SQL,
  DELETE_ANSWER_LABELS_SQL,
  DELETE_QUESTION_LABELS_SQL,
  DELETE_WITHDRAWN_LABELS_SQL,
  INSERT_LABELS_SQL,
  LOCK_QUESTION_LABELS_SQL,
  QUOTE_DECISIONS_SQL,
} from './theme-sql.js';
import { answerSlices } from './answer-slices.js';
import { membershipSliceSql } from './membership-slice-sql.js';
import type { ScanCursor } from './scan-sql.js';

/** Submissions whose labels one slice reads. */
const MEMBERSHIP_SLICE = 1_000;

type MembershipRow = {
  submission_id: string;
  respondent: string;
  question_id: string;
  label: string;
  scheme_version: string;
  classifier: string;
  classifier_version: string;
  received_at: Date | string;
  month: string;
  language: string;
  quotes_allowed: boolean;
};

const stampParams = (stamp: ClassifierStamp) => [stamp.schemeVersion, stamp.classifier, stamp.classifierVersion];
const stampJson = (stamp: ClassifierStamp) => JSON.stringify(stampParams(stamp));

type StampRow = { question_id: string; scheme_version: string; classifier: string; classifier_version: string };
type TallyLabelRow = StampRow & { submission_id: string; person: string; label: string; month: string; language: string; quotes_allowed: boolean };
type QuotableRow = TallyLabelRow & { received_at: Date | string; cursor: string; status: QuoteStatus | null; decided_at: Date | string | null };

const stampOf = (r: StampRow) => ({ questionId: r.question_id, schemeVersion: r.scheme_version, classifier: r.classifier, classifierVersion: r.classifier_version });
const tallyLabel = (r: TallyLabelRow): TallyLabel => ({
  ...stampOf(r),
  submissionId: r.submission_id,
  person: r.person,
  label: r.label,
  month: r.month,
  language: r.language,
  quotesAllowed: r.quotes_allowed,
});
const quotableLabel = (r: QuotableRow): QuotableLabel => ({
  ...tallyLabel(r),
  receivedAt: new Date(r.received_at).toISOString(),
  cursor: r.cursor,
  status: r.status ?? 'pending',
  decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
});

/** The {@link ThemeStore} on PostgreSQL (PGlite or `pg`), in the schema the migrations built. */
export function sqlThemeStore(client: SqlClient): ThemeStore {
  // Unlabelled answers and all answers to a question are read a slice at a time (answer-slices.ts).
  const slices = answerSlices(client);
  return {
    async answeredQuestions() {
      return (await client.query<{ question_id: string }>(ANSWERED_QUESTIONS_SQL)).rows.map((r) => r.question_id);
    },

    unlabelledAnswers: (questionId, stamp, limit) => slices.unlabelledAnswers(questionId, stamp, limit),

    answersTo: (questionId) => slices.answersTo(questionId),

    async saveLabels(questionId, stamp, labelled, options = {}) {
      const ids = JSON.stringify(labelled.map((a) => a.submissionId));
      const rows = JSON.stringify(labelled.flatMap((a) => [...new Set(a.labels)].map((label) => ({ id: a.submissionId, label }))));
      await client.transaction(async (tx) => {
        // One save of a question's labels at a time, across processes: the kept counts tell an
        // answer labelled anew from one labelled again by what they see, so two saves of one answer must not overlap.
        await tx.query(LOCK_QUESTION_LABELS_SQL, [questionId]);
        if (options.replaceQuestion) await tx.query(DELETE_QUESTION_LABELS_SQL, [questionId]);
        else await tx.query(DELETE_ANSWER_LABELS_SQL, [questionId, ids]);
        await tx.query(INSERT_LABELS_SQL, [questionId, rows, ...stampParams(stamp)]);
      }, { background: true });
    },

    async dropWithdrawnLabels() {
      return (await client.query(DELETE_WITHDRAWN_LABELS_SQL)).rows.length;
    },

    async memberships(filter) {
      // A slice of submissions at a time (posts take turns between slices), newest first.
      const found: ThemeMembership[] = [];
      let cursor: ScanCursor | undefined;
      for (;;) {
        const { sql, params } = membershipSliceSql(filter, MEMBERSHIP_SLICE, cursor);
        const { rows } = await client.query<MembershipRow & { label: string | null; cursor_received_at: string; seq: string }>(sql, params);
        for (const r of rows) {
          if (r.label === null) continue;
          found.push({
            submissionId: r.submission_id,
            respondent: r.respondent,
            questionId: r.question_id,
            label: r.label,
            schemeVersion: r.scheme_version,
            classifier: r.classifier,
            classifierVersion: r.classifier_version,
            receivedAt: new Date(r.received_at).toISOString(),
            month: r.month,
            language: r.language,
            quotesAllowed: r.quotes_allowed,
          });
        }
        const last = rows.at(-1);
        if (!last || new Set(rows.map((r) => r.seq)).size < MEMBERSHIP_SLICE) return found;
        cursor = { receivedAt: last.cursor_received_at, seq: last.seq };
      }
    },

    async themeTallies(surveyId, questionId) {
      const params = [surveyId, questionId ?? null];
      const labels = await client.query<StampRow & { month: string; language: string; label: string; answers: number }>(THEME_TALLY_SQL, params);
      const answers = await client.query<StampRow & { month: string; language: string; labelled: number; in_theme: number; quotable_in_theme: number }>(THEME_ANSWER_TALLY_SQL, params);
      const repeated = await client.query<TallyLabelRow>(REPEATED_PEOPLE_LABELS_SQL, params);
      return {
        labels: labels.rows.map((r) => ({ ...stampOf(r), month: r.month, language: r.language, label: r.label, answers: Number(r.answers) })),
        answers: answers.rows.map((r) => ({
          ...stampOf(r),
          month: r.month,
          language: r.language,
          labelled: Number(r.labelled),
          inTheme: Number(r.in_theme),
          quotableInTheme: Number(r.quotable_in_theme),
        })),
        repeated: repeated.rows.map(tallyLabel),
      };
    },

    async metadataTallies(surveyId, questionId, key) {
      const params = [surveyId, questionId, key];
      const labels = await client.query<StampRow & { value: string; label: string; answers: number }>(THEME_METADATA_TALLY_SQL, params);
      const answers = await client.query<StampRow & { value: string; labelled: number; in_theme: number; quotable_in_theme: number }>(THEME_METADATA_ANSWER_TALLY_SQL, params);
      const repeated = await client.query<TallyLabelRow & { value: string | null }>(REPEATED_PEOPLE_METADATA_SQL, params);
      return {
        labels: labels.rows.map((r) => ({ ...stampOf(r), value: r.value, label: r.label, answers: Number(r.answers) })),
        answers: answers.rows.map((r) => ({
          ...stampOf(r),
          value: r.value,
          labelled: Number(r.labelled),
          inTheme: Number(r.in_theme),
          quotableInTheme: Number(r.quotable_in_theme),
        })),
        repeated: repeated.rows.map((r) => ({ ...tallyLabel(r), value: r.value })),
      };
    },

    async metadataCellLabels(surveyId, questionId, key, cells) {
      if (cells.length === 0) return [];
      const { rows } = await client.query<TallyLabelRow & { value: string }>(METADATA_CELL_LABELS_SQL, [surveyId, questionId, key, JSON.stringify(cells)]);
      return rows.map((r) => ({ ...tallyLabel(r), value: r.value }));
    },

    async cellLabels(surveyId, cells) {
      if (cells.length === 0) return [];
      const json = JSON.stringify(cells.map((c) => ({ question: c.questionId, label: c.label, month: c.month ?? null, language: c.language ?? null })));
      return (await client.query<TallyLabelRow>(CELL_LABELS_SQL, [surveyId, json])).rows.map(tallyLabel);
    },

    async submissionLabels(surveyId, submissionIds) {
      if (submissionIds.length === 0) return [];
      return (await client.query<TallyLabelRow>(SUBMISSION_LABELS_SQL, [surveyId, JSON.stringify(submissionIds)])).rows.map(tallyLabel);
    },

    async pairCounts(surveyId, hope, concern) {
      const { rows } = await client.query<{ hope: string; concern: string; answers: number }>(PAIR_TALLY_SQL, [surveyId, stampJson(hope), stampJson(concern)]);
      return rows.map((r) => ({ hope: r.hope, concern: r.concern, answers: Number(r.answers) }));
    },

    async labelPage(surveyId, labelled, limit, offset) {
      const params = [surveyId, labelled.questionId, labelled.label, stampJson(labelled.stamp), limit, offset];
      return (await client.query<{ submission_id: string }>(LABEL_PAGE_SQL, params)).rows.map((r) => r.submission_id);
    },

    async quotableLabels(surveyId, themes, before, limit) {
      if (themes.length === 0) return [];
      const json = JSON.stringify(themes.map((t) => ({ question: t.questionId, label: t.label, scheme: t.stamp.schemeVersion, classifier: t.stamp.classifier, version: t.stamp.classifierVersion })));
      return (await client.query<QuotableRow>(QUOTABLE_LABELS_SQL, [surveyId, json, before ?? null, limit])).rows.map(quotableLabel);
    },

    async decidedLabels(surveyId) {
      return (await client.query<QuotableRow>(DECIDED_LABELS_SQL, [surveyId])).rows.map(quotableLabel);
    },

    async answerDetails(questionId, submissionIds) {
      if (submissionIds.length === 0) return [];
      const { rows } = await client.query<SubmissionTextRow>(ANSWER_DETAILS_SQL, [questionId, JSON.stringify(submissionIds)]);
      const byId = new Map(rows.map((row) => [row.id.toLowerCase(), answerDetail(row, questionId)]));
      return submissionIds.flatMap((id) => byId.get(id.toLowerCase()) ?? []);
    },

    async quoteDecisions() {
      const { rows } = await client.query<{ submission_id: string; question_id: string; status: QuoteStatus; decided_at: Date | string | null }>(QUOTE_DECISIONS_SQL);
      return rows.map((r) => ({
        submissionId: r.submission_id,
        questionId: r.question_id,
        status: r.status,
        decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
      }));
    },

    async decideQuote(submissionId, questionId, status) {
      return (await client.query(DECIDE_QUOTE_SQL, [submissionId, questionId, status])).rows.length > 0;
    },
  };
}
