import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Submission } from '@candor/protocol';
import type { AnswerStore, InsertResult, ListQuery, ListResult } from './answer-store.js';
import { COUNT_SUBMISSIONS_SQL, insertSubmissionsSql, LIST_SUBMISSIONS_SQL, SCHEMA_SQL } from './schema-sql.js';
import { submissionRow } from './submission-row.js';
import { splitInserted } from './split-inserted.js';
import { storedSubmission } from './stored-submission.js';

export interface PgliteStoreOptions {
  /** Folder for the database files, created if missing. Omit it to keep everything in memory. */
  dataDir?: string;
}

/**
 * An {@link AnswerStore} on PGlite (PostgreSQL compiled to WebAssembly, in process). A fresh
 * database takes a few seconds to initialise; reopening an existing folder is quick. Only one
 * process may open a folder at a time.
 */
export async function openPgliteStore(options: PgliteStoreOptions = {}): Promise<AnswerStore> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = options.dataDir ? await PGlite.create({ dataDir: options.dataDir }) : await PGlite.create();
  return pgliteAnswerStore(db);
}

/** An {@link AnswerStore} on an open PGlite database, whose tables it creates if missing; closing the store closes it. */
export async function pgliteAnswerStore(db: PGlite): Promise<AnswerStore> {
  await db.exec(SCHEMA_SQL);

  return {
    async insert(submissions: readonly Submission[]): Promise<InsertResult> {
      if (submissions.length === 0) return { stored: [], duplicates: [] };
      const params = submissions.flatMap(submissionRow);
      const result = await db.query<{ id: string }>(insertSubmissionsSql(submissions.length), params);
      return splitInserted(submissions.map((s) => s.id), result.rows.map((row) => row.id));
    },

    async list(query: ListQuery): Promise<ListResult> {
      const surveyId = query.surveyId ?? null;
      // One transaction, so the total and the page agree.
      const [rows, count] = await db.transaction(async (tx) => [
        await tx.query<{ body_text: string; received_at: Date }>(LIST_SUBMISSIONS_SQL, [query.limit, query.offset, surveyId]),
        await tx.query<{ total: number }>(COUNT_SUBMISSIONS_SQL, [surveyId]),
      ] as const);
      return {
        total: count.rows[0]?.total ?? 0,
        items: rows.rows.map((row) => storedSubmission(row.body_text, row.received_at)),
      };
    },

    async close(): Promise<void> {
      if (!db.closed) await db.close();
    },
  };
}
