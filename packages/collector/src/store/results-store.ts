import type { FacetsReply, OverviewCounts, SurveySummary } from '@candor/protocol';
import type { SubmissionFilter } from './submission-filter.js';
import type { SqlClient } from './sql-client.js';
import {
  languagesSql,
  metadataSql,
  metadataValuesSql,
  questionsSql,
  SURVEY_VERSIONS_SQL,
  SURVEYS_SQL,
  timelineSql,
  totalsSql,
  versionsSql,
  WITHDRAW_SAMPLE_DATA_SQL,
  exportColumnsSql,
  wordingsSql,
  samplingSql,
} from './results-sql.js';

/** A question's wording as shown, where, and to how many. */
export interface Wording {
  questionId: string;
  prompt: string;
  /** The survey versions it was shown in, like "1, 2". */
  versions: string;
  submissions: number;
  answered: number;
}

/** The counts behind the results app's overview and filters (aggregates only: no answer text). */
export interface ResultsStore {
  /** Every survey with answers, most recently answered first (at most 200). */
  surveys(): Promise<SurveySummary[]>;
  /** Totals, languages, questions and arrivals per day or week in time zone `tz` (an IANA name the caller checked). */
  overview(filter: SubmissionFilter, timeline: { bucket: 'day' | 'week'; tz: string }): Promise<OverviewCounts>;
  /** What the filters can choose from among the matching submissions. */
  facets(filter: SubmissionFilter): Promise<FacetsReply>;
  /** The values of a metadata key among the matching submissions, most used first (at most `limit`). */
  metadataValues(filter: SubmissionFilter, key: string, limit: number): Promise<string[]>;
  /** Withdraws every submission marked `context.metadata.sampleData = true`; how many. */
  removeSampleData(): Promise<number>;
  /** The question ids and metadata keys the per-submission CSV needs columns for. */
  exportColumns(filter: SubmissionFilter): Promise<{ questionIds: string[]; metadataKeys: string[] }>;
  /** What the report's method states: each wording shown, and the sampling rates. */
  method(filter: SubmissionFilter): Promise<{ wordings: Wording[]; sampling: { rate: number; submissions: number }[] }>;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function sqlResultsStore(client: SqlClient): ResultsStore {
  const rows = async <T>(statement: { sql: string; params: unknown[] }) => (await client.query<T>(statement.sql, statement.params)).rows;
  const questions = async (filter: SubmissionFilter) =>
    (await rows<{ question_id: string; answered: number; prompt: string }>(questionsSql(filter))).map((r) => ({ questionId: r.question_id, prompt: r.prompt, answered: r.answered }));
  const languages = async (filter: SubmissionFilter) => rows<{ language: string; submissions: number }>(languagesSql(filter));

  return {
    async surveys() {
      const [surveys, versions] = await Promise.all([
        client.query<{ survey_id: string; submissions: number; first_received_at: Date; last_received_at: Date; sample_data: boolean }>(SURVEYS_SQL),
        client.query<{ survey_id: string; survey_version: string; submissions: number }>(SURVEY_VERSIONS_SQL),
      ]);
      return surveys.rows.map((s) => ({
        surveyId: s.survey_id,
        sampleData: s.sample_data,
        submissions: s.submissions,
        firstReceivedAt: iso(s.first_received_at)!,
        lastReceivedAt: iso(s.last_received_at)!,
        versions: versions.rows.filter((v) => v.survey_id === s.survey_id).map((v) => ({ version: v.survey_version, submissions: v.submissions })),
      }));
    },

    async overview(filter, { bucket, tz }) {
      const [[totals], langs, asked, points] = await Promise.all([
        rows<{ submissions: number; people: number; finished: number; partial: number; first_received_at: Date | null; last_received_at: Date | null }>(totalsSql(filter)),
        languages(filter),
        questions(filter),
        rows<{ start: string; submissions: number }>(timelineSql(filter, bucket, tz)),
      ]);
      return {
        submissions: totals?.submissions ?? 0,
        people: totals?.people ?? 0,
        finished: totals?.finished ?? 0,
        partial: totals?.partial ?? 0,
        firstReceivedAt: iso(totals?.first_received_at ?? null),
        lastReceivedAt: iso(totals?.last_received_at ?? null),
        languages: langs,
        questions: asked,
        timeline: { bucket, tz, points },
      };
    },

    async metadataValues(filter, key, limit) {
      return (await rows<{ value: string }>(metadataValuesSql(filter, key, limit))).map((r) => r.value);
    },

    async facets(filter) {
      const [asked, langs, versions, metadata] = await Promise.all([
        questions(filter),
        languages(filter),
        rows<{ survey_id: string; survey_version: string; submissions: number }>(versionsSql(filter)),
        rows<{ key: string; key_submissions: number; value: string; submissions: number }>(metadataSql(filter)),
      ]);
      const keys = new Map<string, FacetsReply['metadata'][number]>();
      for (const row of metadata) {
        const entry = keys.get(row.key) ?? { key: row.key, submissions: row.key_submissions, values: [] };
        entry.values.push({ value: row.value, submissions: row.submissions });
        keys.set(row.key, entry);
      }
      return {
        questions: asked,
        languages: langs,
        versions: versions.map((v) => ({ surveyId: v.survey_id, version: v.survey_version, submissions: v.submissions })),
        metadata: [...keys.values()],
      };
    },

    async exportColumns(filter) {
      const found = await rows<{ kind: 'question' | 'metadata'; name: string }>(exportColumnsSql(filter));
      return {
        questionIds: found.filter((r) => r.kind === 'question').map((r) => r.name),
        metadataKeys: found.filter((r) => r.kind === 'metadata').map((r) => r.name),
      };
    },

    async method(filter) {
      const [wordings, sampling] = await Promise.all([
        rows<{ question_id: string; prompt: string; versions: string; submissions: number; answered: number }>(wordingsSql(filter)),
        rows<{ rate: number; submissions: number }>(samplingSql(filter)),
      ]);
      return {
        wordings: wordings.map((w) => ({ questionId: w.question_id, prompt: w.prompt, versions: w.versions, submissions: w.submissions, answered: w.answered })),
        sampling: sampling.map((r) => ({ rate: Number(r.rate), submissions: r.submissions })),
      };
    },

    async removeSampleData() {
      return client.transaction(async (tx) => (await tx.query(WITHDRAW_SAMPLE_DATA_SQL)).rows.length);
    },
  };
}
