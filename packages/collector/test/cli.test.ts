import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const built = existsSync(CLI);

function runCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, CANDOR_ORIGINS: '', CANDOR_ADMIN_TOKEN: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

// Runs the built bin (npm run build -w @candor/collector); the parsing itself is covered in cli-args.test.ts.
describe.skipIf(!built)('the built candor-collector bin', () => {
  it('prints usage and exits 0 for --help', async () => {
    const cli = runCli(['--help']);

    expect(await cli.exited).toBe(0);
    expect(cli.output().stdout).toMatch(/^Usage: candor-collector/);
  });

  it('exits 2 with one line naming an unknown flag', async () => {
    const cli = runCli(['--prot', '80']);

    expect(await cli.exited).toBe(2);
    expect(cli.output().stderr).toBe('candor-collector: unknown flag --prot; run candor-collector --help to see the flags\n');
  });

  it('prints its URL, serves, and exits 0 after closing on SIGTERM', async () => {
    const cli = runCli(['--port', '0', '--db', ':memory:', '--admin-token', 't']);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${JSON.stringify(cli.output())}`)), 15_000);
      cli.child.stdout.on('data', () => {
        const match = /listening on (http:\/\/\S+)/.exec(cli.output().stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });

    try {
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
  });
});
