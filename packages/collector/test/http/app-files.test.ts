import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppFiles } from '../../src/http/app-files.js';

describe('the built results app, read at start-up', () => {
  it('is simply absent when the folder is missing, instead of stopping the collector', () => {
    expect(loadAppFiles(join(tmpdir(), 'no-such-candor-app')).index).toBeUndefined();
  });

  it('keeps what it can read when the folder changes under it (a build replacing it meanwhile)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-app-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Results</title>');
    writeFileSync(join(dir, 'assets', 'index-1.js'), 'console.log(1)');
    // Listed, but not readable as a file: what a file deleted between listing and reading looks like.
    mkdirSync(join(dir, 'assets', 'index-2.css'));

    const files = loadAppFiles(dir);

    expect(files.index?.type).toBe('text/html; charset=utf-8');
    expect([...files.assets.keys()]).toEqual(['index-1.js']);
  });
});
