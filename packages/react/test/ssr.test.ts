// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('in Node (server-side rendering)', () => {
  it('the built package imports and renders with renderToString without touching a browser global', () => {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
    // Browser globals are absent, as in Node, but every look at one is recorded.
    const script = `
      const touched = [];
      for (const name of ['window', 'document', 'navigator', 'indexedDB', 'localStorage', 'location', 'self']) {
        Object.defineProperty(globalThis, name, { get() { touched.push(name); return undefined; }, configurable: true });
      }
      const { createElement: h } = await import('react');
      const { renderToString } = await import('react-dom/server');
      const { Candor, useCandor } = await import(${JSON.stringify(built)});
      function Share() {
        const candor = useCandor();
        candor.open(); // as careless app code might, during a server render
        return h('button', null, 'Tell us what you think');
      }
      const html = renderToString(h('main', null, h(Candor, { endpoint: 'https://collect.example.com/v1/answers', trigger: 'auto', minPageViews: 1, delayMs: 0 }, h(Share))));
      await new Promise((resolve) => setTimeout(resolve, 50)); // a deferred start would have run by now
      console.log(JSON.stringify({ touched, html }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ touched: [], html: '<main><button>Tell us what you think</button></main>' });
  });
});
