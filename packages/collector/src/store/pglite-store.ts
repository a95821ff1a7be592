import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { AnswerStore } from './answer-store.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { runMigrations } from './migrations.js';
import { sqlAnswerStore } from './sql-answer-store.js';

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

/** An {@link AnswerStore} on an open PGlite database, whose schema it migrates; closing the store closes it. */
export async function pgliteAnswerStore(db: PGlite): Promise<AnswerStore> {
  const client = pgliteClient(db);
  await runMigrations(client);
  return sqlAnswerStore(client, 'embedded');
}

const queryable = (db: Pick<PGlite, 'query' | 'exec'>): SqlQueryable => ({
  query: async <T>(sql: string, params: readonly unknown[] = []) => db.query<T>(sql, [...params]),
  exec: async (sql: string) => {
    await db.exec(sql);
  },
});

/** PGlite is one connection: its transactions hold it exclusively, so nothing interleaves. */
function pgliteClient(db: PGlite): SqlClient {
  return {
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
