import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { pgliteAnswerStore } from '../../src/store/pglite-store.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { createTestSchema } from './test-postgres.js';

/** Which database the suite runs on: the embedded PGlite, or PostgreSQL in the collector-postgres project. */
export const TEST_BACKEND = process.env['CANDOR_TEST_STORE'] === 'postgres' ? 'postgres' : 'embedded';

const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite'); // .../pglite/dist/index.cjs
const pgliteVersion = (JSON.parse(readFileSync(join(dirname(pgliteEntry), '..', 'package.json'), 'utf8')) as { version: string }).version;
const TEMPLATE = join(tmpdir(), `candor-collector-test-pglite-${pgliteVersion}.tgz`);

/**
 * A real in-memory PGlite database, started from a snapshot of a freshly initialised one (kept
 * in the OS temp folder) because running initdb costs about 2 s per test file.
 */
export async function openTestDatabase(): Promise<PGlite> {
  const snapshot = await readFile(TEMPLATE).catch(() => undefined);
  if (snapshot) return PGlite.create({ loadDataDir: new Blob([snapshot]) });

  const db = await PGlite.create();
  const dump = await db.dumpDataDir('gzip');
  const partial = `${TEMPLATE}.${process.pid}.${Date.now()}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, TEMPLATE); // atomic: other test files read a whole snapshot or none
  return db;
}

/** A store on the suite's database, plus raw SQL into the same tables (to look at what was written). */
export interface TestBackend {
  store: AnswerStore;
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
}

/** A real, empty store on the suite's backend: PGlite in memory, or a fresh PostgreSQL schema dropped on close. */
export async function openTestBackend(): Promise<TestBackend> {
  if (TEST_BACKEND === 'embedded') {
    const db = await openTestDatabase();
    return { store: await pgliteAnswerStore(db), sql: async (query, params) => (await db.query<any>(query, params)).rows };
  }
  const schema = await createTestSchema();
  const store = await openPostgresStore({ connectionString: schema.url, maxConnections: 4 });
  const close = async () => {
    await store.close();
    await schema.drop();
  };
  return {
    store: { ...store, close },
    sql: schema.query,
  };
}

/** A real answer store on the suite's backend; share one per test file. */
export async function openTestStore(): Promise<AnswerStore> {
  return (await openTestBackend()).store;
}
