import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrityOf, writeScriptTagFolder } from '../../scripts/pack.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let dist: string;
let out: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'candor-pack-'));
  dist = join(dir, 'dist');
  out = join(dir, 'script-tag');
  mkdirSync(join(dist, 'esm'), { recursive: true });
  writeFileSync(join(dist, 'candor.js'), '//# allFunctionsCalledOnLoad\n(function(){window.CandorLoaded=1})();\n//# sourceMappingURL=candor.js.map\n');
  writeFileSync(join(dist, 'candor.js.map'), '{"version":3}');
  writeFileSync(join(dist, 'candor-ui.js'), '(function(){/* ui — ünïcode */})();\n');
  writeFileSync(join(dist, 'candor-locale-ja.js'), '(function(){"日本語"})();\n');
  writeFileSync(join(dist, 'esm/index.js'), 'export {}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** SHA-384 through Web Crypto, apart from the script's own hashing. */
async function webCryptoIntegrity(file: string) {
  const digest = await crypto.subtle.digest('SHA-384', readFileSync(file));
  return `sha384-${Buffer.from(digest).toString('base64')}`;
}

describe('npm run pack: the script-tag folder', () => {
  it('makes integrity values in the form browsers check (the SRI specification\'s example)', () => {
    expect(integrityOf(Buffer.from("alert('Hello, world.');"))).toBe('sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO');
  });

  it('copies candor.js and its chunks, byte for byte, with their source maps and nothing else', () => {
    writeScriptTagFolder(dist, out);

    expect(readdirSync(out).sort()).toEqual(['candor-locale-ja.js', 'candor-ui.js', 'candor.js', 'candor.js.map', 'integrity.json', 'snippet.html']);
    for (const name of ['candor.js', 'candor-ui.js', 'candor-locale-ja.js']) expect(readFileSync(join(out, name))).toEqual(readFileSync(join(dist, name)));
  });

  it('writes integrity.json whose hash for each file matches the copied file', async () => {
    writeScriptTagFolder(dist, out);
    const written = JSON.parse(readFileSync(join(out, 'integrity.json'), 'utf8')) as Record<string, string>;

    expect(Object.keys(written).sort()).toEqual(['candor-locale-ja.js', 'candor-ui.js', 'candor.js']);
    for (const [name, value] of Object.entries(written)) expect(value).toBe(await webCryptoIntegrity(join(out, name)));
  });

  it('writes a ready-to-paste tag with candor.js\'s integrity and crossorigin, saying what the hash covers', async () => {
    const { snippet } = writeScriptTagFolder(dist, out);
    const tag = snippet.slice(snippet.indexOf('<script'));

    expect(readFileSync(join(out, 'snippet.html'), 'utf8')).toBe(snippet);
    expect(tag).toContain(`integrity="${await webCryptoIntegrity(join(out, 'candor.js'))}"`);
    expect(tag).toContain('crossorigin="anonymous"');
    expect(tag).toMatch(/^<script src="\/candor\/candor\.js" .*data-endpoint="[^"]+".* defer><\/script>\n$/s);
    expect(snippet).toMatch(/The integrity hash covers candor\.js[\s\S]*without an integrity attribute/);
  });

  it('says in one line to build first when there is no candor.js', () => {
    rmSync(join(dist, 'candor.js'));

    expect(() => writeScriptTagFolder(dist, out)).toThrow(`${dist} has no candor.js; run \`npm run build\` first`);
  });
});

describe('npm run pack: the tarballs', () => {
  it('carry the collector\'s command file', () => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '-w', 'packages/collector'], { cwd: root, encoding: 'utf8' })) as {
      files: { path: string }[];
    }[];

    expect(packed?.files.map((file) => file.path)).toContain('bin/candor-collector.mjs');
  });
});
