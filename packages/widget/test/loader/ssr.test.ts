// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../../dist/esm/index.js', import.meta.url));

describe('in Node (server-side rendering)', () => {
  it('the built npm entry imports without touching a browser global, and init() does nothing', () => {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build -w @candor/widget\` first (npm test does).`);
    // Browser globals are absent, as in Node, but every look at one is recorded.
    const script = `
      const touched = [];
      for (const name of ['window', 'document', 'navigator', 'indexedDB', 'localStorage', 'location', 'self']) {
        Object.defineProperty(globalThis, name, { get() { touched.push(name); return undefined; }, configurable: true });
      }
      const { init } = await import(${JSON.stringify(built)});
      const atImport = [...touched];
      const candor = init({ endpoint: 'https://collect.example.com/v1/answers' });
      candor.open();
      console.log(JSON.stringify({ atImport, flushed: await candor.flush() }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ atImport: [], flushed: { delivered: [], pending: 0 } });
  });
});
