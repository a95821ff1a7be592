import { test as base, expect, type Page } from '@playwright/test';
import { startCollector } from '@candor/collector';
import type { Submission } from '@candor/protocol';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { startDemoServer } from '../../scripts/demo-server.mjs';

export interface Stack {
  demoUrl: string;
  collectorUrl: string;
  /** What the collector stored, read through its admin API. */
  stored(): Promise<Submission[]>;
}

const ADMIN_TOKEN = 'e2e-admin-token';

/** The collector (embedded store, in memory) and the demo page, started once per worker. */
export const test = base.extend<{}, { stack: Stack }>({
  stack: [
    async ({}, use) => {
      const demoPort = await freePort();
      const demoOrigin = `http://127.0.0.1:${demoPort}`;
      const collector = await startCollector({ origins: [demoOrigin], adminToken: ADMIN_TOKEN });
      const demo = await startDemoServer({ port: demoPort, endpoint: `${collector.url}/v1/answers`, results: `${collector.url}/` });
      await use({
        demoUrl: demo.url,
        collectorUrl: collector.url,
        async stored() {
          const response = await fetch(`${collector.url}/v1/answers?limit=100`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
          expect(response.status).toBe(200);
          return ((await response.json()) as { items: Submission[] }).items;
        },
      });
      await demo.close();
      await collector.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The widget as a user finds it: inside its shadow root, by role and name (Playwright pierces open shadow roots). */
export const widget = (page: Page) => page.locator('candor-widget');

/** Opens the survey from the product's own button and answers each question (null skips it). */
export async function answerSurvey(page: Page, answers: (string | null)[]) {
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = widget(page).getByRole('dialog', { name: 'Share your thoughts' });
  await expect(dialog).toBeVisible();
  for (const [i, text] of answers.entries()) {
    const last = i === answers.length - 1;
    if (text === null) {
      await dialog.getByRole('button', { name: 'Skip' }).click();
      continue;
    }
    await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: last ? 'Finish' : 'Next' }).click();
  }
  return dialog;
}

/** Polls from Node until `check` passes (page.waitForFunction cannot await a Promise here). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}
