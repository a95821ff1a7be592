// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

describe('the options spec the browser checks against', () => {
  it('is the one generated from the zod schema (run `npm run options-spec -w @candor/widget` when this fails)', () => {
    const file = new URL('../../src/options/options-spec.generated.ts', import.meta.url);
    const generated = execFileSync(process.execPath, [new URL('../../scripts/write-options-spec.mjs', import.meta.url).pathname, '--stdout'], {
      encoding: 'utf8',
    });
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
