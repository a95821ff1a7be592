// The product site for the asking specs (issues #6 and #9): a page server that serves candor.js
// and its chunks beside product pages each test writes (any `data-*` options, any <html lang>),
// and two collectors that accept answers from it: one without a model, and one whose POST
// /v1/probe asks a fake OpenAI-compatible server over real HTTP on localhost.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { startCollector, type RunningCollector } from '@candor/collector';
import type { Submission } from '@candor/protocol';
import { startFakeOpenAi, type FakeOpenAi } from '../../packages/collector/test/fake-openai.js';
import { APP_JS, productPage, startPageServer } from './host-pages.js';

const ADMIN_TOKEN = 'e2e-asking';

export interface Collector {
  /** Where the widget posts answers (`data-endpoint`). */
  endpoint: string;
  /** What the collector holds now, read through its admin API (withdrawn submissions are gone). */
  stored(): Promise<Submission[]>;
}

export interface AskingSite {
  origin: string;
  /** A collector with no model: POST /v1/probe answers `{ followUp: null }`. */
  plain: Collector;
  /** A collector whose POST /v1/probe asks `model`. */
  withModel: Collector;
  /** The same model behind a collector that allows it 6 s (`llm.timeoutMs: 6000`). */
  patientModel: Collector;
  /** The fake OpenAI-compatible server behind `withModel`. */
  model: FakeOpenAi;
  /**
   * Serves a product page (a "Share your thoughts" button that calls `Candor.open()`) with the
   * Candor script tag carrying `attributes`, at a fresh path; `html` goes on <html>. Returns its URL.
   */
  page(attributes: string, options?: { html?: string; endpoint?: Collector }): string;
}

async function collector(origin: string, options: Parameters<typeof startCollector>[0] = {}): Promise<Collector & RunningCollector> {
  // Rate limits off: one client (127.0.0.1) makes every request here.
  const running = await startCollector({ origins: [origin], adminToken: ADMIN_TOKEN, rateLimit: 0, ...options });
  return {
    ...running,
    endpoint: `${running.url}/v1/answers`,
    async stored() {
      const response = await fetch(`${running.url}/v1/answers?limit=500`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: Submission[] }).items;
    },
  };
}

export const test = base.extend<{}, { site: AskingSite }>({
  site: [
    async ({}, use) => {
      const pages = await startPageServer();
      const { origin } = pages;
      pages.serve('/app.js', { type: 'text/javascript; charset=utf-8', body: APP_JS });
      const model = await startFakeOpenAi();
      const plain = await collector(origin);
      // No background theme classification during the run: only the probe route talks to the model.
      const withModel = await collector(origin, {
        llm: { baseUrl: model.baseUrl, model: 'fake-model', apiKey: 'sk-e2e-fake' },
        themes: { classifyIntervalMs: 3_600_000 },
      });
      // A collector whose operator allows the model 6 s (--llm-timeout 6000).
      const patientModel = await collector(origin, {
        llm: { baseUrl: model.baseUrl, model: 'fake-model', apiKey: 'sk-e2e-fake', timeoutMs: 6000 },
        themes: { classifyIntervalMs: 3_600_000 },
      });
      await use({
        origin,
        plain,
        withModel,
        patientModel,
        model,
        page(attributes, { html = 'lang="en"', endpoint = plain } = {}) {
          const body = productPage({ html, attributes: `data-endpoint="${endpoint.endpoint}" data-product="Acme Assistant" ${attributes}` });
          return pages.serve(`/p/${randomUUID()}`, { body });
        },
      });
      await patientModel.close();
      await withModel.close();
      await plain.close();
      await model.close();
      await pages.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** The widget's host element; Playwright's locators pierce its open shadow root. */
export const widget = (page: Page) => page.locator('candor-widget');

/** The questions dialog, in English. */
export const dialogOf = (page: Page): Locator => widget(page).getByRole('dialog', { name: 'Share your thoughts' });

/** Polls the collector until `check` holds (or the time is up), and returns what it last read. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The submissions holding an answer with exactly this text. */
export async function storedWith(collector: Collector, text: string): Promise<Submission[]> {
  return (await collector.stored()).filter((s) => s.answers.some((a) => a.text === text || a.followUp?.text === text));
}

/** Page views Candor has counted on this device (it counts each one just before deciding whether to invite). */
export const pageViews = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('candor:v1') ?? '{}') as { pageViews?: number }).pageViews ?? 0);

/**
 * Reloads and waits until Candor has decided about an invitation on the new page view (it counts
 * the view first), then long enough for an invitation it decided to show to be up (the one-tab
 * check takes 150 ms, then the UI chunk loads): a later absence is a real "not shown".
 */
export async function reloadAndLetCandorDecide(page: Page) {
  const before = await pageViews(page);
  await page.reload();
  await expect.poll(() => pageViews(page), { message: 'Candor counted the page view' }).toBeGreaterThan(before);
  await page.waitForTimeout(1000);
}
