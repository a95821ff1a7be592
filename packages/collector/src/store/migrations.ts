import type { SqlClient } from './sql-client.js';
import { SCHEMA_V1_SQL, SCHEMA_V2_SQL, SCHEMA_V4_SQL } from './schema-sql.js';
import { SCHEMA_V3_SQL } from './theme-schema-sql.js';
import { SCHEMA_V5_SQL } from './funnel-sql.js';
import { SCHEMA_V6_SQL } from './tally-schema-sql.js';
import { SCHEMA_V7_SQL } from './search-schema-sql.js';
import { SCHEMA_V8_SQL } from './maintenance-schema-sql.js';
import { SCHEMA_V9_SQL } from './definition-schema-sql.js';
import { SCHEMA_V10_SQL } from './theme-tally-schema-sql.js';
import { SCHEMA_V11_SQL } from './sampling-tally-schema-sql.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The schema, step by step. Append new steps; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'submissions', sql: SCHEMA_V1_SQL },
  { version: 2, name: 'withdrawal tombstones and filter indexes', sql: SCHEMA_V2_SQL },
  { version: 3, name: 'answer themes and quote approvals', sql: SCHEMA_V3_SQL },
  { version: 4, name: 'content hashes, to tell a reused id from a retry', sql: SCHEMA_V4_SQL },
  { version: 5, name: 'funnel counts by day', sql: SCHEMA_V5_SQL },
  { version: 6, name: 'summary counts kept as submissions arrive and are withdrawn', sql: SCHEMA_V6_SQL },
  { version: 7, name: 'answer text for the search, with a trigram index where pg_trgm is available', sql: SCHEMA_V7_SQL },
  { version: 8, name: 'withdrawn submissions indexed', sql: SCHEMA_V8_SQL },
  { version: 9, name: 'survey definitions, every version kept', sql: SCHEMA_V9_SQL },
  { version: 10, name: 'theme counts kept as labels are saved and withdrawn', sql: SCHEMA_V10_SQL },
  { version: 11, name: 'submissions per sampling rate, kept as they arrive and are withdrawn', sql: SCHEMA_V11_SQL },
];

/**
 * Brings the schema (in the connection's current schema) up to date, in one transaction. A
 * transaction-level advisory lock makes processes that start at the same moment take turns:
 * the first applies what is missing, the others then find nothing to do. Returns the versions
 * it applied.
 */
export async function runMigrations(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return client.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('candor-collector migrations ' || current_schema()))`);
    await tx.exec(`create table if not exists candor_migrations (
      version int primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await tx.query<{ version: number }>('select version from candor_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into candor_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
