import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the tests use; scripts/install-test-deps.sh creates it. */
export const TEST_DATABASE_URL = process.env['CANDOR_TEST_DATABASE_URL'] || 'postgres://candor:candor@127.0.0.1:5432/candor_test';

export interface TestSchema {
  /** TEST_DATABASE_URL with this schema as the search path: what a collector is pointed at. */
  url: string;
  name: string;
  /** Runs one statement on its own connection, in this schema. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * A fresh, empty schema in the test database, so each test file starts clean and files can run
 * side by side. Fails, saying how to fix it, when PostgreSQL cannot be reached.
 */
export async function createTestSchema(): Promise<TestSchema> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    const where = TEST_DATABASE_URL.replace(/\/\/[^@/]*@/, '//');
    throw new Error(
      `The collector's PostgreSQL tests cannot reach ${where} (${(error as Error).message}). ` +
        'Run `bash scripts/install-test-deps.sh` (as root) to install and start PostgreSQL with the test role and database, ' +
        'or point CANDOR_TEST_DATABASE_URL at a PostgreSQL you can use.',
    );
  }
  const name = `candor_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`create schema ${name}`);
  await admin.query(`set search_path to ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${name}`);
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    name,
    query: async (sql, params) => (await admin.query(sql, params)).rows,
    drop: () => (dropped ??= admin.query(`drop schema ${name} cascade`).then(() => admin.end())),
  };
}
