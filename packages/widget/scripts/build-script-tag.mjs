// Builds the script-tag files: candor.js (the loader every page view pays for) and the chunks it
// fetches from the same folder when needed: candor-delivery.js, candor-ui.js and (for
// data-destination) candor-destinations.js. Each is a classic
// script (IIFE); the chunks announce themselves to the loader with an event, adding no globals.
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const files = [
  ['src/script-tag.ts', 'candor.js'],
  ['src/chunk-delivery-script.ts', 'candor-delivery.js'],
  ['src/chunk-ui-script.ts', 'candor-ui.js'],
  ['src/chunk-destinations-script.ts', 'candor-destinations.js'],
];

for (const [entry, fileName] of files) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [preact({ devToolsInProd: false, prefreshEnabled: false })],
    define: { 'process.env.NODE_ENV': '"production"', __CANDOR_VERSION__: JSON.stringify(version) },
    resolve: { alias: [{ find: /^\.\/load-chunks\.js$/, replacement: `${root}src/load-chunks-script.ts` }] },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      // Browsers with constructable stylesheets and color-scheme: no minifier workarounds for older ones.
      cssTarget: ['chrome111', 'firefox113', 'safari16.4'],
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['iife'], name: 'CandorChunk', fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  console.log(`built dist/${fileName}`);
}
