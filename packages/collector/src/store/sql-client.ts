/** What the answer store needs from a PostgreSQL driver: PGlite and `pg` both provide it. */
export interface SqlQueryable {
  /** One statement with positional parameters ($1...). */
  query<T>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
  /** One or more statements without parameters. */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  /**
   * Runs `work` in one transaction on one connection; commits when it resolves, rolls back when
   * it throws. `background`: work nobody waits for, which the embedded database runs after the
   * posts and reads waiting (see statement-priority.ts); PostgreSQL runs everything at once.
   */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>, options?: { background?: boolean }): Promise<T>;
  close(): Promise<void>;
}
