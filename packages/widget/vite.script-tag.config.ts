import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// The script-tag build: one self-contained classic script, dist/candor.js.
export default defineConfig({
  plugins: [preact({ devToolsInProd: false, prefreshEnabled: false })],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    sourcemap: true,
    lib: { entry: 'src/script-tag.ts', formats: ['iife'], name: 'CandorScript', fileName: () => 'candor.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
