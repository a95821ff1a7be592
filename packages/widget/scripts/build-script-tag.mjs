// Builds the script-tag files: candor.js (the loader every page view pays for) and the chunks it
// fetches from the same folder when needed: candor-delivery.js, candor-ui.js, one
// candor-locale-<language>.js, (for data-destination) candor-destinations.js and (for
// data-survey-url) candor-definition.js. Each is a classic
// script (IIFE); the chunks announce themselves to the loader with an event, adding no globals.
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = `${root}node_modules/.cache/candor-entries`;
mkdirSync(entries, { recursive: true });
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const files = [
  ['src/loader/script-tag.ts', 'candor.js'],
  ['src/chunks/runtime.ts', 'candor-runtime.js'],
  ['src/chunks/delivery.ts', 'candor-delivery.js'],
  ['src/chunks/ui.ts', 'candor-ui.js'],
  ['src/chunks/destinations.ts', 'candor-destinations.js'],
  ['src/chunks/definition.ts', 'candor-definition.js'],
  // One file a language (candor-locale-es.js...), fetched only in that language.
  ...['en', 'es', 'fr', 'de', 'pt', 'ja', 'ar', 'he'].map((name) => [localeEntry(name), `candor-locale-${name}.js`]),
];

// A language chunk's entry: the pack, announced to the loader like every chunk. Written to a
// scratch folder, so the source tree holds no file per language for it.
function localeEntry(name) {
  const file = `${entries}/locale-${name}.ts`;
  writeFileSync(file, `import pack from '${root}src/locales/${name}.ts';\nimport { announceChunk } from '${root}src/chunks/announce-chunk.ts';\nannounceChunk('locale-${name}', pack);\n`);
  return file;
}

// Chromium (136+) compiles every function of a file that starts with this comment at once, instead
// of parsing each again on its first call. The loader runs nearly all its code on every page view:
// measured on the bench page, its script time fell from 1.67 to 1.11 ms (manual trigger). The lazy
// chunks showed no gain (they run only part of their code), so they go without it.
const HINT = '//# allFunctionsCalledOnLoad';

for (const [entry, fileName] of files) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [preact({ devToolsInProd: false, prefreshEnabled: false })],
    define: { 'process.env.NODE_ENV': '"production"', __CANDOR_VERSION__: JSON.stringify(version) },
    resolve: { alias: [{ find: /^\.\/load-chunks\.js$/, replacement: `${root}src/loader/load-chunks-script.ts` }] },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      // Browsers with constructable stylesheets and color-scheme: no minifier workarounds for older ones.
      cssTarget: ['chrome111', 'firefox113', 'safari16.4'],
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['iife'], name: 'CandorChunk', fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false, postBanner: fileName === 'candor.js' ? HINT : undefined } },
    },
  });
  console.log(`built dist/${fileName}`);
}
