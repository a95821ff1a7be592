import type { Submission } from '@candor/protocol';
import type { AnswerCounts, AnswerStore, InsertResult, ListQuery, ListResult, StoreKind, StoredSubmission, SubmissionFilter } from './answer-store.js';
import type { SqlClient } from './sql-client.js';
import { insertSubmissionsSql, WITHDRAW_SQL } from './schema-sql.js';
import { countSql, listSql, perDaySql, perQuestionSql } from './read-sql.js';
import { scanSliceSql, type ScanCursor, type ScanRow } from './scan-sql.js';
import { submissionRow } from './submission-row.js';
import { splitInserted } from './split-inserted.js';
import { separateConflicts } from './separate-conflicts.js';
import { storedSubmission } from './stored-submission.js';
import { sqlThemeStore } from './sql-theme-store.js';
import { sqlFunnelStore } from './funnel-store.js';
import { sqlResultsStore } from './results-store.js';
import { sqlDefinitionStore } from './definition-store.js';
import { FORGET_THEMES_SQL } from './theme-sql.js';

/**
 * Rows an export reads and writes at a time: a slice short enough that a post waiting behind it
 * hardly notices (on the embedded store it waits for the slice's query; on both, for the slice's
 * rows to be written out). At 500, posts' p99 was 140-170 ms during a 100,000-row export.
 */
export const EXPORT_PAGE_SIZE = 200;
/** The largest slice a scan may ask for. */
export const MAX_SCAN_BATCH_SIZE = 5_000;

type BodyRow = { body_text: string; received_at: Date | string };

/**
 * The {@link AnswerStore} on any PostgreSQL reached through `client` (PGlite or `pg`): the
 * same SQL for both. The schema must already be migrated (see runMigrations).
 */
export function sqlAnswerStore(client: SqlClient, kind: StoreKind): AnswerStore {
  const scan = scanOn(client);
  return {
    kind,

    async insert(submissions: readonly Submission[]): Promise<InsertResult> {
      if (submissions.length === 0) return { stored: [], duplicates: [], conflicts: [] };
      const rows = submissions.map(submissionRow);
      const result = await client.query<{ id: string }>(insertSubmissionsSql(submissions.length), rows.flat());
      const { stored, duplicates } = splitInserted(submissions.map((s) => s.id), result.rows.map((row) => row.id));
      if (duplicates.length === 0) return { stored, duplicates, conflicts: [] };
      // The copies not stored, in order, with their content hashes: retries, or ids reused for other content.
      const storedNow = new Set(stored.map((id) => id.toLowerCase()));
      const copies = rows.flatMap(([id, , , , , , , , hash]) => (storedNow.delete(id.toLowerCase()) ? [] : [{ id, hash }]));
      return { stored, ...(await separateConflicts(client, copies)) };
    },

    async list(query: ListQuery): Promise<ListResult> {
      const { limit, offset, ...filter } = query;
      const page = listSql(filter, limit, offset);
      const count = countSql(filter);
      // One transaction, so the total and the page agree.
      const [rows, total] = await client.transaction(async (tx) => {
        if (kind === 'postgres') await tx.exec('set transaction isolation level repeatable read');
        return [await tx.query<BodyRow>(page.sql, page.params), await tx.query<{ total: number }>(count.sql, count.params)] as const;
      });
      return { total: total.rows[0]?.total ?? 0, items: rows.rows.map(toStored) };
    },

    scan,

    async *export(filter: SubmissionFilter): AsyncIterable<StoredSubmission> {
      for await (const slice of scan(filter)) yield* slice;
    },

    async counts(filter: SubmissionFilter): Promise<AnswerCounts> {
      const statements = [countSql(filter), perQuestionSql(filter), perDaySql(filter)];
      const [total, perQuestion, perDay] = await client.transaction(async (tx) => {
        if (kind === 'postgres') await tx.exec('set transaction isolation level repeatable read');
        const results = [];
        for (const { sql, params } of statements) results.push(await tx.query<Record<string, unknown>>(sql, params));
        return results;
      });
      return {
        total: Number(total!.rows[0]?.['total'] ?? 0),
        perQuestion: perQuestion!.rows.map((r) => ({ questionId: String(r['question_id']), answered: Number(r['answered']) })),
        perDay: perDay!.rows.map((r) => ({ day: String(r['day']), submissions: Number(r['submissions']) })),
      };
    },

    async withdraw(id: string): Promise<void> {
      await client.transaction(async (tx) => {
        await tx.query(WITHDRAW_SQL, [id]);
        await tx.query(FORGET_THEMES_SQL, [id]);
      });
    },

    themes: sqlThemeStore(client),
    funnel: sqlFunnelStore(client),
    results: sqlResultsStore(client),
    definitions: sqlDefinitionStore(client),

    async ping(): Promise<void> {
      await client.query('select 1');
    },

    close: () => client.close(),
  };
}

const toStored = (row: BodyRow) => storedSubmission(row.body_text, row.received_at);

/** See AnswerStore.scan: one short query per slice, keyset-paged, so other work takes turns between them. */
function scanOn(client: SqlClient) {
  return async function* scan(filter: SubmissionFilter, batchSize = EXPORT_PAGE_SIZE): AsyncGenerator<StoredSubmission[]> {
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_SCAN_BATCH_SIZE) {
      throw new RangeError(`batchSize must be a whole number from 1 to ${MAX_SCAN_BATCH_SIZE} (got ${batchSize})`);
    }
    let cursor: ScanCursor | undefined;
    for (;;) {
      const { sql, params } = scanSliceSql(filter, batchSize, cursor);
      const { rows } = await client.query<ScanRow>(sql, params);
      const slice = rows.flatMap((row) => (row.body_text === null ? [] : [storedSubmission(row.body_text, row.received_at)]));
      if (slice.length > 0) yield slice;
      const last = rows.at(-1);
      if (!last || rows.length < batchSize) return;
      cursor = { receivedAt: last.cursor_received_at, seq: last.seq };
      // A turn for everything else (requests being read, a post) before the next slice, even with a database in this thread.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
}
