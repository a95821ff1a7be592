// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const packages = fileURLToPath(new URL('../../', import.meta.url));

describe('in Node (server-side rendering)', () => {
  it('the built package imports, and renders <Candor> and the plugin with renderToString, without touching a browser global', () => {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
    // Browser globals are absent, as in Node. Vue itself peeks at \`window\` (for its devtools), so
    // only looks from Candor's own code (the adapter and the widget, under packages/) are recorded.
    const script = `
      const touched = [];
      for (const name of ['window', 'document', 'navigator', 'indexedDB', 'localStorage', 'location', 'self']) {
        Object.defineProperty(globalThis, name, {
          get() {
            if (new Error().stack.includes(${JSON.stringify(packages)})) touched.push(name);
            return undefined;
          },
          configurable: true,
        });
      }
      const { createSSRApp, defineComponent, h } = await import('vue');
      const { renderToString } = await import('vue/server-renderer');
      const { Candor, useCandor } = await import(${JSON.stringify(built)});
      const options = { endpoint: 'https://collect.example.com/v1/answers', trigger: 'auto', minPageViews: 1, delayMs: 0 };
      const Share = defineComponent({
        setup() {
          const candor = useCandor();
          candor.open(); // as careless app code might, during a server render
          return () => h('button', 'Tell us what you think');
        },
      });
      const withComponent = await renderToString(createSSRApp({ render: () => h('main', [h(Candor, options, () => h(Share))]) }));
      const withPlugin = await renderToString(createSSRApp({ render: () => h('main', [h(Share)]) }).use(Candor, options));
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.log(JSON.stringify({ touched, withComponent, withPlugin }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      touched: [],
      withComponent: '<main><!--[--><button>Tell us what you think</button><!--]--></main>',
      withPlugin: '<main><button>Tell us what you think</button></main>',
    });
  });
});
