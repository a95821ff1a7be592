import { test as base } from '@playwright/test';
import { startCollector } from '@candor/collector';
import type { Submission } from '@candor/protocol';
// @ts-expect-error: a plain ES module without types, shared with `npm run example:*`.
import { startExampleServer } from '../../scripts/example-server.mjs';
import { ADMIN_TOKEN, expect, freePort, type Stack } from './stack.js';

/**
 * A test whose `stack` is the collector (embedded store, in memory) and one framework example
 * on Vite's dev server, as `npm run example:<name>` runs it, started once per worker.
 */
export function exampleTest(example: 'react' | 'vue') {
  return base.extend<{}, { stack: Stack }>({
    stack: [
      async ({}, use) => {
        const port = await freePort();
        const collector = await startCollector({ origins: [`http://127.0.0.1:${port}`], adminToken: ADMIN_TOKEN });
        const app = await startExampleServer({ example, port, endpoint: `${collector.url}/v1/answers`, results: `${collector.url}/` });
        await use({
          demoUrl: app.url,
          collectorUrl: collector.url,
          async stored() {
            const response = await fetch(`${collector.url}/v1/answers?limit=500`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
            expect(response.status).toBe(200);
            return ((await response.json()) as { items: Submission[] }).items;
          },
        });
        await app.close();
        await collector.close();
      },
      { scope: 'worker' },
    ],
  });
}
