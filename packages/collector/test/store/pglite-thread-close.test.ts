import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { builtPgliteWorker } from '../helpers/built-pglite-worker.js';

const THREAD = fileURLToPath(new URL('../../src/store/pglite-thread.ts', import.meta.url));
/** Beside the compiled worker, so PGlite resolves from the repository's node_modules. */
const OUT_DIR = fileURLToPath(new URL('../../../../node_modules/.cache/candor-collector-tests/', import.meta.url));

describe('closing the embedded database in its thread', () => {
  // In a test runner something else always keeps the process alive; a script of its own has only
  // the database, so a close() that waits on an unreferenced thread never settles there.
  it('settles in a script that does nothing else, and the script ends with exit code 0', async () => {
    const workerFile = await builtPgliteWorker();
    const script = join(OUT_DIR, `close-script-${process.pid}.mjs`);
    await build({
      stdin: {
        contents: `import { openPgliteThread } from ${JSON.stringify(THREAD)};
const connection = await openPgliteThread({ workerFile: ${JSON.stringify(workerFile)}, dataDir: ${JSON.stringify(join(mkdtempSync(join(tmpdir(), 'candor-close-')), 'db'))} });
await connection.run({ sql: 'select 1 as n', params: [] });
await connection.close();
console.log('closed');`,
        resolveDir: OUT_DIR,
        loader: 'ts',
      },
      outfile: script,
      bundle: true,
      packages: 'external',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
    });

    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 60_000 });

    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('closed');
    expect(run.status).toBe(0);
  }, 90_000);
});
