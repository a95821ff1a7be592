import pg from 'pg';
import type { AnswerStore } from './answer-store.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';
import { runMigrations } from './migrations.js';
import { sqlAnswerStore } from './sql-answer-store.js';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:5432/database (libpq parameters such as sslmode and options work too). */
  connectionString: string;
  /** Most connections this process opens. Default 10. */
  maxConnections?: number;
}

/**
 * An {@link AnswerStore} on a PostgreSQL server through `pg`. Migrates the schema at start (safe
 * when several processes start at once). The process keeps no state of its own: run as many as
 * you like against one database.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<AnswerStore> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    application_name: 'candor-collector',
  });
  // An idle connection the server drops must not crash the process; the pool replaces it. Say so.
  pool.on('error', (error) => console.error(`[candor-collector] a PostgreSQL connection failed and will be replaced: ${error.message}`));
  const client = pgClient(pool);
  try {
    await runMigrations(client);
  } catch (error) {
    await pool.end();
    throw new Error(`Could not prepare the PostgreSQL database (${describeTarget(options.connectionString)}): ${(error as Error).message}`, { cause: error });
  }
  return sqlAnswerStore(client, 'postgres');
}

const queryable = (db: pg.Pool | pg.PoolClient): SqlQueryable => ({
  query: async <T>(sql: string, params: readonly unknown[] = []) => (await db.query(sql, [...params])) as unknown as { rows: T[] },
  exec: async (sql: string) => {
    await db.query(sql);
  },
});

function pgClient(pool: pg.Pool): SqlClient {
  let closing: Promise<void> | undefined;
  return {
    ...queryable(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('begin');
        const result = await work(queryable(connection));
        await connection.query('commit');
        return result;
      } catch (error) {
        await connection.query('rollback').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => (closing ??= pool.end()),
  };
}

/** host:port/database of a connection string, without the password. */
export function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'localhost'}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'the DATABASE_URL given';
  }
}
