import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// semver (a devDependency) has no types of its own here; this is the one function used.
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What the README and every package.json state. */
const STATED = '>=20.19';
const MINIMUM = '20.19.0';
const PUBLISHABLE = ['protocol', 'widget', 'collector', 'react', 'vue'];

interface Manifest {
  name: string;
  version: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const manifestIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Where Node finds `name` from `dir`: the nearest node_modules folder up the tree that holds it. */
function resolvePackage(name: string, dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(at) === at) return undefined;
  }
}

/** Every installed package `dir` needs at run time (dependencies and installed optional ones), itself included. */
function runtimeTree(dir: string, seen = new Map<string, Manifest>()): Map<string, Manifest> {
  if (seen.has(dir)) return seen;
  const manifest = manifestIn(dir);
  seen.set(dir, manifest);
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const found = resolvePackage(name, dir);
    if (!found) throw new Error(`${manifest.name} needs ${name}, which is not installed (run npm ci)`);
    runtimeTree(found, seen);
  }
  for (const name of Object.keys(manifest.optionalDependencies ?? {})) {
    const found = resolvePackage(name, dir);
    if (found) runtimeTree(found, seen);
  }
  return seen;
}

describe('the Node version we state', () => {
  it('is the same in the root package.json, every publishable package and the README', () => {
    const stated = ['.', ...PUBLISHABLE.map((name) => `packages/${name}`)].map((dir) => [dir, manifestIn(join(root, dir)).engines?.node]);

    expect(stated).toEqual(stated.map(([dir]) => [dir, STATED]));
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('Node 20.19 or newer');
  });

  it.each(PUBLISHABLE)('is admitted by @candor/%s and every package it needs at run time', (name) => {
    const tree = [...runtimeTree(realpathSync(join(root, 'packages', name))).values()];
    const refusing = tree.filter((m) => m.engines?.node && !semver.satisfies(MINIMUM, m.engines.node)).map((m) => `${m.name}@${m.version} (node ${m.engines?.node})`);

    expect(tree.length).toBeGreaterThan(1);
    expect(refusing).toEqual([]);
  });

  it('is admitted by the collector\'s whole tree on the Node running this test, too', () => {
    const tree = [...runtimeTree(realpathSync(join(root, 'packages/collector'))).values()];

    expect(tree.filter((m) => m.engines?.node && !semver.satisfies(process.versions.node, m.engines.node)).map((m) => m.name)).toEqual([]);
  });
});

describe('the cookie version pinned for Node 20 (overrides in package.json)', () => {
  it('is the one light-my-request, under fastify, runs on', () => {
    const lightMyRequest = resolvePackage('light-my-request', realpathSync(join(root, 'node_modules/fastify')));
    const cookie = resolvePackage('cookie', lightMyRequest ?? root);

    expect(manifestIn(cookie ?? root)).toMatchObject({ name: 'cookie', version: '1.1.1' });
  });

  it('keeps fastify.inject() working, cookies included', async () => {
    const { default: fastify } = await import('fastify');
    const app = fastify();
    app.get('/', async (request) => ({ cookie: request.headers.cookie }));

    const response = await app.inject({ method: 'GET', url: '/', cookies: { session: 'a b', theme: 'dark' } });

    expect(response.json()).toEqual({ cookie: 'session=a%20b; theme=dark' });
    await app.close();
  });
});
