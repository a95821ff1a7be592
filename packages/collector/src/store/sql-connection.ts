/** A statement for a {@link SqlConnection}: one with positional parameters, or several without (exec). */
export type SqlRequest = { op: 'query'; sql: string; params: unknown[] } | { op: 'exec'; sql: string };

/** Rows of a query; none for exec. */
export type SqlRows = Record<string, unknown>[];

/** A transaction opened on a {@link SqlConnection}: its statements, then commit or rollback, once. */
export interface SqlTransactionHandle {
  run(request: SqlRequest): Promise<SqlRows>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/**
 * One database connection that runs what it is given, in order: the embedded database in this
 * thread or in a worker thread. Who may use it when is decided by queued-sql-client.ts.
 */
export interface SqlConnection {
  run(request: SqlRequest): Promise<SqlRows>;
  begin(): Promise<SqlTransactionHandle>;
  close(): Promise<void>;
}
