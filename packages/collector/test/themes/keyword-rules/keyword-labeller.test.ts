import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../src/themes/codebook/default-codebook.js';
import { keywordLabeller } from '../../../src/themes/classification/keyword-rules/keyword-labeller.js';
import { labelWithKeywordRules } from '../../../src/themes/classification/keyword-rules/label-with-keyword-rules.js';

// The built collector runs the compiled keyword-worker.js; here the same source is bundled into a
// temporary file, so the test runs a real worker thread without a build.
let folder: string;
let worker: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'keyword-worker-'));
  worker = join(folder, 'keyword-worker.mjs');
  const entry = fileURLToPath(new URL('../../../src/themes/classification/keyword-rules/keyword-worker.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: worker, logLevel: 'silent' });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ANSWERS = ['More free time with my kids', 'Montar mi propio negocio', 'asdf', '小説を書きたい', 'לחסוך כסף לפנסיה'];

describe('the keyword labeller', () => {
  it('labels in a worker thread exactly as in this one', async () => {
    const labeller = keywordLabeller(DEFAULT_CODEBOOK, 'hope', worker);
    try {
      expect(await labeller.label(ANSWERS)).toEqual(labelWithKeywordRules(DEFAULT_CODEBOOK, 'hope', ANSWERS));
      expect(await labeller.label(['Start a business'])).toEqual([['entrepreneurship']]);
    } finally {
      await labeller.close();
    }
  });

  it('leaves this thread free while a large page is labelled', async () => {
    const texts = Array.from({ length: 150_000 }, (_, i) => `${ANSWERS[i % ANSWERS.length]} ${i}`);
    const labeller = keywordLabeller(DEFAULT_CODEBOOK, 'fear', worker);
    let turns = 0;
    let labelling = true;
    const spin = () => {
      turns++;
      if (labelling) setImmediate(spin);
    };
    try {
      const done = labeller.label(texts).finally(() => (labelling = false));
      setImmediate(spin);
      expect(await done).toHaveLength(texts.length);
    } finally {
      await labeller.close();
    }
    // Labelled on this thread, the loop would not turn once until the labels were back.
    expect(turns).toBeGreaterThan(20);
  });

  it('labels in this thread when there is no compiled worker (the TypeScript sources)', async () => {
    const labeller = keywordLabeller(DEFAULT_CODEBOOK, 'hope', join(folder, 'no-such-worker.js'));
    expect(await labeller.label(['Start a business'])).toEqual([['entrepreneurship']]);
    await labeller.close();
  });

  it('fails the page, with the reason, when the worker cannot label (a codebook without the question)', async () => {
    const labeller = keywordLabeller(DEFAULT_CODEBOOK, 'no-such-question', worker);
    await expect(labeller.label(['x'])).rejects.toThrow('The codebook has no scheme for the question "no-such-question"');
    await labeller.close();
  });
});
