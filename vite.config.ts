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
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
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
    ],
  },
});
