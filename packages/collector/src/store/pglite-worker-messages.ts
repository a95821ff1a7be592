import type { CarriedError } from './carried-error.js';
import type { SqlRequest, SqlRows } from './sql-connection.js';

/** What the embedded database's thread is started with. */
export interface PgliteWorkerData {
  /** Folder of the database files; none keeps it in memory. */
  dataDir?: string;
  /** A database to start from in memory (a `dumpDataDir` archive), instead of an empty one. */
  snapshot?: Uint8Array<ArrayBuffer>;
}

/** Asked of the thread, one at a time: a statement (in the open transaction, if any), or begin, commit, rollback, close. */
export type PgliteWorkerRequest = { id: number } & (SqlRequest | { op: 'begin' | 'commit' | 'rollback' | 'close' });

/** The answer to a request with the same id. */
export type PgliteWorkerReply = { id: number } & ({ ok: true; rows: SqlRows } | { ok: false; error: CarriedError });

/** The thread's first message: whether the database opened. */
export type PgliteWorkerStarted = { started: true } | { started: false; error: CarriedError };
