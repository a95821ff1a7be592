import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { CLI, runCli } from './helpers/run-cli.js';

function runToExit(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, CANDOR_ORIGINS: '', CANDOR_ADMIN_TOKEN: '', CANDOR_DB: '', DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

// Runs the built bin (npm run build -w @candor/collector; npm test builds first); parsing itself is covered in cli-args.test.ts.
describe('the built candor-collector bin', () => {
  it('prints usage and exits 0 for --help', async () => {
    const { code, stdout } = await runToExit(['--help']);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: candor-collector/);
  });

  it('exits 2 with one line naming an unknown flag', async () => {
    const { code, stderr } = await runToExit(['--prot', '80']);

    expect(code).toBe(2);
    expect(stderr).toBe('candor-collector: unknown flag --prot; run candor-collector --help to see the flags\n');
  });

  it('prints its URL, serves, and exits 0 after closing on SIGTERM', async () => {
    const cli = await runCli(['--port', '0', '--db', ':memory:', '--admin-token', 't']);
    try {
      expect(await (await fetch(`${cli.url}/healthz`)).json()).toEqual({ ok: true, store: 'embedded' });
      expect(cli.output().stdout).toMatch(/rate limits: 600 requests a minute per client, counted in this process; behind several processes limit at the proxy/);
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });

  it('logs one JSON line per request, without the admin token or a withdrawal id', async () => {
    const cli = await runCli(['--port', '0', '--db', ':memory:', '--admin-token', 'sekret', '--log-level', 'info']);
    const id = randomUUID();
    await fetch(`${cli.url}/?token=sekret`);
    await fetch(`${cli.url}/v1/answers/${id}`, { method: 'DELETE' });
    await cli.stop();

    const lines = cli.output().stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    const requests = lines.filter((line) => line.msg === 'request');
    expect(requests.map((r) => [r.method, r.url, r.status])).toEqual([
      ['GET', '/?token=[redacted]', 200],
      ['DELETE', '/v1/answers/[id]', 204],
    ]);
    expect(requests[0]).toMatchObject({ level: 30, ms: expect.any(Number), reqId: expect.any(String) });
    expect(cli.output().stdout).not.toContain('sekret');
    expect(cli.output().stdout).not.toContain(id);
  });
});
