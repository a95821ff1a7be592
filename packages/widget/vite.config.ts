import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The npm build: ES modules, the UI in its own chunk loaded by import() only when shown.
// Dependencies stay external so apps share one copy of preact, zod and idb-keyval.
export default defineConfig({
  plugins: [preact({ devToolsInProd: false, prefreshEnabled: false })],
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    sourcemap: true,
    lib: { entry: { index: 'src/index.ts', destinations: 'src/delivery/destinations/index.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      external: [/^preact(\/|$)/, /^zod(\/|$)/, 'idb-keyval', /^@candor\/protocol$/],
    },
  },
});
