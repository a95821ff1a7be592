// Builds each contender with the same esbuild settings (minified, browser, ES2020, production)
// and measures raw, gzip -9 and brotli -q 11 bytes of what a page view loads before any lazy chunk.
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { contenders } from './contenders.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
// Entry chunks are loaded by the bench page as module scripts; see run-bench.mjs.

export async function buildContenders() {
  rmSync(`${here}.out`, { recursive: true, force: true });
  const out = {};
  for (const [name, { code, label }] of Object.entries(contenders)) {
    const result = await build({
      stdin: { contents: code, resolveDir: here, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      outdir: `${here}.out/${name}`,
      entryNames: 'entry',
      platform: 'browser',
      target: 'es2020',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: true,
      logLevel: 'silent',
      metafile: true,
      absWorkingDir: here,
    });
    // What a page view loads is the entry; dynamic imports stay in lazy chunks, loaded on demand.
    const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
    const entry = files.find((f) => f.endsWith('/entry.js'));
    const bytes = readFileSync(here + entry);
    const lazy = files.filter((f) => f !== entry).map((f) => readFileSync(here + f));
    out[name] = { label, bytes, size: measure(bytes), lazy: measure(Buffer.concat(lazy)), lazyFiles: lazy.length };
  }
  return out;
}

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
