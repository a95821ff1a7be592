import type { ClassifierStamp, QuoteStatus, ThemeMembership, ThemeStore } from './theme-store.js';
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
        if (options.replaceQuestion) await tx.query(DELETE_QUESTION_LABELS_SQL, [questionId]);
        else await tx.query(DELETE_ANSWER_LABELS_SQL, [questionId, ids]);
        await tx.query(INSERT_LABELS_SQL, [questionId, rows, ...stampParams(stamp)]);
      });
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
