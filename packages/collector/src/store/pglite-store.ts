import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { AnswerStore } from './answer-store.js';
import type { SqlConnection } from './sql-connection.js';
import { runMigrations } from './migrations.js';
import { sqlAnswerStore } from './sql-answer-store.js';
import { queuedSqlClient } from './queued-sql-client.js';
import { keepStatistics } from './keep-statistics.js';
import { pgliteConnection } from './pglite-connection.js';
import { openPgliteThread, pgliteWorkerAvailable, type PgliteThreadOptions } from './pglite-thread.js';

export interface PgliteStoreOptions {
  /** Folder for the database files, created if missing. Omit it to keep everything in memory. */
  dataDir?: string;
  /**
   * Run the database in this thread, even where it could run in a worker thread of its own (the
   * built collector can; run from the TypeScript sources it cannot). Default false.
   */
  sameThread?: boolean;
}

/**
 * An {@link AnswerStore} on PGlite (PostgreSQL compiled to WebAssembly, in process). A fresh
 * database takes a few seconds to initialise; reopening an existing folder is quick. Only one
 * process may open a folder at a time. The database runs in a worker thread, so the thread that
 * answers HTTP requests never waits for a query to run (see pglite-thread.ts), and statements
 * take turns with writes first (see queued-sql-client.ts), and the planner's statistics are kept
 * fresh as it grows (keep-statistics.ts: PGlite has no autovacuum to do it).
 */
export async function openPgliteStore(options: PgliteStoreOptions = {}): Promise<AnswerStore> {
  const { dataDir } = options;
  if (dataDir) await mkdir(dataDir, { recursive: true });
  if (!options.sameThread && pgliteWorkerAvailable()) return storeOn(await openPgliteThread(dataDir ? { dataDir } : {}), true);
  const extensions = { pg_trgm };
  return storeOn(pgliteConnection(dataDir ? await PGlite.create({ dataDir, extensions }) : await PGlite.create({ extensions })), true);
}

/** An {@link AnswerStore} on PGlite in a worker thread of its own (see pglite-thread.ts). */
export async function pgliteThreadStore(options: PgliteThreadOptions = {}): Promise<AnswerStore> {
  return storeOn(await openPgliteThread(options), true);
}

/**
 * An {@link AnswerStore} on an open PGlite database in this thread, whose schema it migrates;
 * closing the store closes it (a failed migration leaves it open).
 */
export function pgliteAnswerStore(db: PGlite): Promise<AnswerStore> {
  return storeOn(pgliteConnection(db), false);
}

/** The store on `connection`, once migrated; `ownsConnection`: close it when the migration fails. */
async function storeOn(connection: SqlConnection, ownsConnection: boolean): Promise<AnswerStore> {
  const client = queuedSqlClient(connection);
  try {
    await runMigrations(client);
  } catch (error) {
    if (ownsConnection) await client.close();
    throw error;
  }
  const store = sqlAnswerStore(client, 'embedded');
  const statistics = keepStatistics(client, (error) =>
    process.emitWarning(`could not refresh the embedded database's statistics: ${error instanceof Error ? error.message : String(error)}`, 'CandorWarning'),
  );
  return {
    ...store,
    async close() {
      await statistics.stop();
      await store.close();
    },
  };
}
