import { mkdir, rename } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SOURCE = fileURLToPath(new URL('../../src/store/pglite-worker.ts', import.meta.url));
/** Under the repository's node_modules, so the worker's imports (PGlite) resolve as the collector's do. */
const OUT_DIR = fileURLToPath(new URL('../../../../node_modules/.cache/candor-collector-tests/', import.meta.url));

let built: Promise<string> | undefined;

/**
 * The embedded database's worker script, compiled from the sources as the build compiles it
 * (the tests run the TypeScript sources, where there is no compiled worker to start). Once
 * per test file; returns its path.
 */
export function builtPgliteWorker(): Promise<string> {
  return (built ??= (async () => {
    await mkdir(OUT_DIR, { recursive: true });
    const file = `${OUT_DIR}pglite-worker.mjs`;
    const partial = `${file}.${process.pid}.${Date.now()}`;
    await build({ entryPoints: [SOURCE], outfile: partial, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
    await rename(partial, file); // atomic: test files started side by side read a whole script
    return file;
  })());
}
