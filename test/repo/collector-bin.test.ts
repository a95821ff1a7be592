import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const collectorPackage = JSON.parse(readFileSync(join(root, 'packages/collector/package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
const binPath = join(root, 'packages/collector', collectorPackage.bin['candor-collector'] ?? '');

function run(file: string, args: string[], options: { cwd?: string } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(file, args, { cwd: options.cwd ?? root, env: { ...process.env, CANDOR_DB: '', DATABASE_URL: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the candor-collector command in the repository', () => {
  it('is a file kept in git, executable, and packed with the package', async () => {
    const { stdout } = await run('git', ['ls-files', '--stage', '--', binPath]);

    expect(stdout).toMatch(/^100755 /);
    expect(collectorPackage.files).toContain('bin');
  });

  it('is linked by npm at install time, before anything is built', () => {
    expect(realpathSync(join(root, 'node_modules/.bin/candor-collector'))).toBe(realpathSync(binPath));
  });

  it('runs our own command with `npm exec --no`, never a package fetched from the registry', async () => {
    const { stdout, stderr } = await run('npm', ['exec', '--no', '--', 'candor-collector', '--help']);

    // Built: the usage text; not built yet: the one line saying to build. Either way, ours.
    expect(`${stdout}${stderr}`).toMatch(/^Usage: candor-collector|^candor-collector: not built yet/);
  });

  it('says in one line to run `npm run build` when the collector is not built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(binPath, join(dir, 'bin/candor-collector.mjs'));

      const { code, stdout, stderr } = await run(process.execPath, [join(dir, 'bin/candor-collector.mjs'), '--help']);

      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe('candor-collector: not built yet; run `npm run build` in the repository first\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hands its arguments to the built command once there is one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      mkdirSync(join(dir, 'dist'));
      copyFileSync(binPath, join(dir, 'bin/candor-collector.mjs'));
      writeFileSync(join(dir, 'dist/cli.js'), 'process.stdout.write(JSON.stringify(process.argv.slice(2)));\n');

      const { code, stdout } = await run(process.execPath, [join(dir, 'bin/candor-collector.mjs'), '--port', '9000']);

      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(['--port', '9000']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
