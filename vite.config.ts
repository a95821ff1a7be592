import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// Workspace packages resolve to their sources in tests, so no build is needed to run them.
const alias = {
  '@candor/protocol': fileURLToPath(new URL('./packages/protocol/src/index.ts', import.meta.url)),
  '@candor/widget': fileURLToPath(new URL('./packages/widget/src/index.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        // Repository checks: set-up commands, scripts, packaging, docs (test/repo).
        resolve: { alias: { ...alias, '@candor/collector': fileURLToPath(new URL('./packages/collector/src/index.ts', import.meta.url)) } },
        test: { name: 'repo', include: ['test/repo/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'protocol',
          include: ['packages/protocol/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'collector',
          include: ['packages/collector/test/**/*.test.ts'],
          exclude: ['packages/collector/test/postgres/**'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The collector's HTTP and store suites again, on a real PostgreSQL (scripts/install-test-deps.sh).
        resolve: { alias },
        test: {
          name: 'collector-postgres',
          include: ['packages/collector/test/{routes,store,postgres}/**/*.test.ts'],
          environment: 'node',
          env: { CANDOR_TEST_STORE: 'postgres' },
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The results app's views (packages/collector/app) against the collector's JSON API, mocked with msw.
        plugins: [preact()],
        resolve: { alias },
        test: {
          name: 'collector-app',
          include: ['packages/collector/app/test/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { url: 'http://localhost:3000' } },
          setupFiles: ['packages/collector/app/test/setup.ts'],
        },
      },
      {
        plugins: [preact()],
        resolve: { alias },
        test: {
          name: 'widget',
          include: ['packages/widget/test/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['packages/widget/test/setup.ts'],
        },
      },
      // The adapters' tests: their own files' JSX is React's (a per-file pragma) or none (Vue);
      // the widget's sources they run are Preact's.
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        resolve: { alias },
        test: {
          name: 'react',
          include: ['packages/react/test/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        resolve: { alias },
        test: {
          name: 'vue',
          include: ['packages/vue/test/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['packages/vue/test/setup.ts'],
        },
      },
    ],
  },
});
