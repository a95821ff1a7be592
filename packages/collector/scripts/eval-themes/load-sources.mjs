// Loads the collector's TypeScript sources the evaluation needs, bundled on the fly with esbuild
// into a temporary file (no build step; the file is removed once loaded).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function loadSources() {
  const entry = `
    export { labelWithKeywordRules, explainKeywordRules } from './src/themes/classification/keyword-rules/label-with-keyword-rules.ts';
    export { normalizeAnswer } from './src/themes/classification/keyword-rules/normalize-answer.ts';
    export { DEFAULT_CODEBOOK } from './src/themes/codebook/default-codebook.ts';
  `;
  const folder = mkdtempSync(join(tmpdir(), 'candor-eval-themes-'));
  const outfile = join(folder, 'sources.mjs');
  try {
    await build({
      stdin: { contents: entry, resolveDir: PACKAGE_ROOT, loader: 'ts', sourcefile: 'eval-entry.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
