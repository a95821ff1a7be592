import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DB } from '../../packages/collector/src/cli-args.js';
import { claimDataFolder, STACK_DEFAULTS, stackSettings } from '../../scripts/local-stack.mjs';
import { startDemo } from '../../scripts/start-demo.mjs';
import { startExample } from '../../scripts/start-example.mjs';

let dir: string;
const stops: (() => Promise<unknown>)[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'candor-stack-'));
});
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A port nobody listens on, and the settings of one command on free ports in the test's folder. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}
async function envFor(page: 'DEMO_PORT' | 'EXAMPLE_PORT', db: string) {
  return { [page]: String(await freePort()), CANDOR_PORT: String(await freePort()), CANDOR_DB: join(dir, db) };
}
/** The collector's health, asked again while it sheds load (a fresh embedded store keeps the event loop busy for a moment). */
async function health(collectorUrl: string): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    const response = await fetch(`${collectorUrl}/healthz`);
    if (response.status !== 503 || tries === 50) return response.json();
    await new Promise((done) => setTimeout(done, 200));
  }
}
async function occupy(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  stops.push(() => new Promise((done) => server.close(done)));
  return { port: (server.address() as { port: number }).port, server };
}

describe('npm start, npm run example:react and npm run example:vue side by side', () => {
  it('each use their own page port, collector port and data folder by default', () => {
    const settings = (['demo', 'react', 'vue'] as const).map((command) => stackSettings(command, {}));
    const ports = settings.flatMap((s) => [s.pagePort, s.collectorPort]);
    const folders = settings.map((s) => s.db);

    expect(new Set(ports).size).toBe(6);
    expect(new Set(folders).size).toBe(3);
    expect(folders).not.toContain(DEFAULT_DB); // the folder a bare candor-collector opens
    expect(settings.map((s) => [s.pagePort, s.collectorPort])).toEqual([
      [5173, 8787],
      [5174, 8788],
      [5175, 8789],
    ]);
  });

  it('run at the same time, each page and collector answering', async () => {
    const demo = await startDemo(await envFor('DEMO_PORT', 'demo'));
    stops.push(demo.close);
    const example = await startExample('react', await envFor('EXAMPLE_PORT', 'example-react'));
    stops.push(example.close);

    expect((await fetch(demo.demoUrl)).status).toBe(200);
    expect((await fetch(example.appUrl)).status).toBe(200);
    expect(await health(demo.collectorUrl)).toEqual({ ok: true, store: 'embedded' });
    expect(await health(example.collectorUrl)).toEqual({ ok: true, store: 'embedded' });
  });

  it('say in one line which variable to change when the collector port is taken, before opening the data folder', async () => {
    const { port } = await occupy();
    const env = { ...(await envFor('DEMO_PORT', 'demo')), CANDOR_PORT: String(port) };

    await expect(startDemo(env)).rejects.toThrow(`port ${port} on 127.0.0.1 is in use (another Candor command or another program); set CANDOR_PORT to another port`);
    expect(existsSync(env.CANDOR_DB)).toBe(false);
  });

  it('name DEMO_PORT or EXAMPLE_PORT when the page port is taken', async () => {
    const { port } = await occupy();

    await expect(startDemo({ ...(await envFor('DEMO_PORT', 'demo')), DEMO_PORT: String(port) })).rejects.toThrow(/in use .*; set DEMO_PORT to another port$/);
    await expect(startExample('vue', { ...(await envFor('EXAMPLE_PORT', 'vue')), EXAMPLE_PORT: String(port) })).rejects.toThrow(
      /in use .*; set EXAMPLE_PORT to another port$/,
    );
  });

  it('refuse a data folder another command has open, naming CANDOR_DB, and leave that command serving', async () => {
    const demo = await startDemo(await envFor('DEMO_PORT', 'shared'));
    stops.push(demo.close);

    await expect(startExample('react', await envFor('EXAMPLE_PORT', 'shared'))).rejects.toThrow(
      /^the data folder .*shared is in use by another Candor command \(process \d+\); set CANDOR_DB to another folder$/,
    );
    expect(await health(demo.collectorUrl)).toEqual({ ok: true, store: 'embedded' });
  });

  it('give the data folder back when they stop', async () => {
    const env = await envFor('DEMO_PORT', 'demo');
    const first = await startDemo(env);
    await first.close();

    const again = await startDemo(env);
    stops.push(again.close);
    expect(await health(again.collectorUrl)).toEqual({ ok: true, store: 'embedded' });
  });

  it('take over a data folder whose command has gone without stopping', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const folder = join(dir, 'crashed');
    writeFileSync(`${folder}.lock`, gone);

    const release = claimDataFolder(folder);

    expect(readFileSync(`${folder}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });

  it('read their variables from the table the docs print', () => {
    expect(STACK_DEFAULTS.demo.pageVariable).toBe('DEMO_PORT');
    expect(stackSettings('react', { EXAMPLE_PORT: '6000', CANDOR_PORT: '6001', CANDOR_DB: '/tmp/x' })).toMatchObject({ pagePort: 6000, collectorPort: 6001, db: '/tmp/x' });
    expect(() => stackSettings('demo', { DEMO_PORT: 'abc' })).toThrow('DEMO_PORT=abc is not a port; set it to a number from 0 to 65535');
  });
});
