import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { pgliteAnswerStore } from '../../src/store/pglite-store.js';
import type { AnswerStore } from '../../src/store/answer-store.js';

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

/** A real PGlite answer store in memory; share one per test file. */
export async function openTestStore(): Promise<AnswerStore> {
  return pgliteAnswerStore(await openTestDatabase());
}
