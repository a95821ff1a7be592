import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Codebook } from '../../../src/themes/codebook/codebook.js';
import { DEFAULT_CODEBOOK } from '../../../src/themes/codebook/default-codebook.js';
import { loadCodebook, parseCodebook } from '../../../src/themes/codebook/load-codebook.js';

const dir = mkdtempSync(join(tmpdir(), 'candor-codebook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const scheme = (questionId: string) => DEFAULT_CODEBOOK.schemes.find((s) => s.questionId === questionId)!;
const share = (questionId: string, id: string) => scheme(questionId).categories.find((c) => c.id === id)?.studyShare;
const sum = (values: (number | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

const teamCodebook: Codebook = {
  version: 'acme-3',
  schemes: [
    {
      questionId: 'blocker',
      multiLabel: true,
      categories: [
        { id: 'pricing', label: 'Pricing', description: 'The price is the obstacle.' },
        { id: 'missing-feature', label: 'Missing feature', description: 'Something they need is not there yet.', studyShare: 0.4 },
      ],
    },
  ],
};

describe('the default codebook', () => {
  it('is the study’s: hope and experience one label each, concerns several', () => {
    expect(DEFAULT_CODEBOOK.schemes.map((s) => [s.questionId, s.multiLabel, s.categories.length])).toEqual([
      ['hope', false, 10],
      ['experience', false, 7],
      ['fear', true, 19],
    ]);
    expect(scheme('hope').categories.map((c) => c.id)).toEqual([
      'professional-excellence', 'personal-transformation', 'life-management', 'time-freedom', 'financial-independence',
      'societal-transformation', 'entrepreneurship', 'learning-growth', 'creative-expression', 'none',
    ]);
    expect(scheme('fear').categories.slice(0, 13).map((c) => c.label)).toEqual([
      'Unreliability', 'Jobs & economy', 'Autonomy & agency', 'Cognitive atrophy', 'Governance', 'Misinformation',
      'Surveillance & privacy', 'Malicious use', 'Meaning & creativity', 'Overrestriction', 'Wellbeing & dependency',
      'Sycophancy', 'Existential risk',
    ]);
  });

  it('carries the study’s published shares as fractions', () => {
    expect(share('hope', 'professional-excellence')).toBe(0.188);
    expect(share('hope', 'none')).toBe(0.01);
    expect(share('experience', 'not-delivered')).toBe(0.189);
    expect(share('fear', 'unreliability')).toBe(0.267);
    expect(share('fear', 'geopolitics')).toBe(0.02);
    expect(sum(scheme('hope').categories.map((c) => c.studyShare))).toBeCloseTo(0.999, 3);
    expect(sum(scheme('experience').categories.map((c) => c.studyShare))).toBeCloseTo(1, 3);
  });

  it('gives every category a one-sentence description, and is valid by its own schema', () => {
    for (const { categories } of DEFAULT_CODEBOOK.schemes) {
      for (const c of categories) expect(c.description, c.id).toMatch(/^[A-Z][^.!?]*\.$/);
    }
    expect(parseCodebook(DEFAULT_CODEBOOK)).toEqual(DEFAULT_CODEBOOK);
  });
});

describe('loadCodebook', () => {
  it('returns the default without a path', () => {
    expect(loadCodebook()).toBe(DEFAULT_CODEBOOK);
  });

  it('reads a team’s own codebook file (a byte-order mark and a $schema key are fine)', () => {
    const path = file('team.json', `\uFEFF${JSON.stringify({ $schema: './codebook.schema.json', ...teamCodebook })}`);

    expect(loadCodebook(path)).toEqual(teamCodebook);
  });

  it('keeps keyword rules given for a category, for labelling without a model', () => {
    const withKeywords = { ...teamCodebook, schemes: [{ ...teamCodebook.schemes[0]!, categories: [{ id: 'pricing', label: 'Pricing', description: 'Cost.', keywords: ['price*', 'precio*:2', '値段'] }] }] };

    expect(loadCodebook(file('keywords.json', JSON.stringify(withKeywords))).schemes[0]!.categories[0]!.keywords).toEqual(['price*', 'precio*:2', '値段']);
  });

  it.each([
    ['a missing file', undefined, /Codebook .*missing\.json: cannot be read \(no such file\)/],
    ['a file that is not JSON', '{"version": ', /Codebook .*bad\.json: not JSON/],
    ['a category id that is not kebab-case', { ...teamCodebook, schemes: [{ ...teamCodebook.schemes[0]!, categories: [{ id: 'Pricing', label: 'P', description: 'D.' }] }] }, /schemes\[0\]\.categories\[0\]\.id: must be kebab-case/],
    ['a repeated category id', { ...teamCodebook, schemes: [{ ...teamCodebook.schemes[0]!, categories: [teamCodebook.schemes[0]!.categories[0]!, teamCodebook.schemes[0]!.categories[0]!] }] }, /schemes\[0\]\.categories\[1\]\.id: repeats the id "pricing"/],
    ['a repeated question', { ...teamCodebook, schemes: [teamCodebook.schemes[0]!, teamCodebook.schemes[0]!] }, /schemes\[1\]\.questionId: repeats the question "blocker"/],
    ['a misspelt key', { ...teamCodebook, schemes: [{ ...teamCodebook.schemes[0]!, multilabel: true }] }, /schemes\[0\]: Unrecognized key: "multilabel"/],
    ['a share over 1', { ...teamCodebook, schemes: [{ ...teamCodebook.schemes[0]!, categories: [{ id: 'a', label: 'A', description: 'D.', studyShare: 18.8 }] }] }, /studyShare: must be a share from 0 to 1/],
    ['a malformed keyword rule', { ...teamCodebook, schemes: [{ ...teamCodebook.schemes[0]!, categories: [{ id: 'a', label: 'A', description: 'D.', keywords: ['ok', 'pri*ce'] }] }] }, /categories\[0\]\.keywords\[1\]: keyword "pri\*ce": "\*" may only open or close it/],
    ['keywords that are not a list', { ...teamCodebook, schemes: [{ ...teamCodebook.schemes[0]!, categories: [{ id: 'a', label: 'A', description: 'D.', keywords: 'price' }] }] }, /keywords: must be an array of keyword rules/],
    ['no version', { schemes: teamCodebook.schemes }, /version: must be a string/],
    ['no schemes', { version: '1', schemes: [] }, /schemes: must hold at least one scheme/],
  ])('refuses %s, naming the file and the field', (name, content, message) => {
    const base = name === 'a missing file' ? 'missing.json' : name === 'a file that is not JSON' ? 'bad.json' : 'invalid.json';
    const path = content === undefined ? join(dir, base) : file(base, typeof content === 'string' ? content : JSON.stringify(content));

    expect(() => loadCodebook(path)).toThrow(message);
    expect(() => loadCodebook(path)).toThrow(path);
  });
});
