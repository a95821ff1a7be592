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

/** The collector's admin token, for the results page and reads. */
export const ADMIN_TOKEN = 'e2e-admin-token';

/** Starts the page server a test needs on `port`, pointed at the collector. */
export type StartPages = (page: { port: number; endpoint: string; results: string }) => Promise<{ url: string; close(): Promise<unknown> }>;

/**
 * A test whose `stack` is the collector (embedded store, in memory) and a page server of the
 * caller's (the script-tag demo, a framework example), started once per worker.
 */
export function stackTest(startPages: StartPages) {
  return base.extend<{}, { stack: Stack }>({
    stack: [
      async ({}, use) => {
        const port = await freePort();
        // Rate limits off: every test here is one client (127.0.0.1), polling reads many times a second.
        const collector = await startCollector({ origins: [`http://127.0.0.1:${port}`], adminToken: ADMIN_TOKEN, rateLimit: 0 });
        const pages = await startPages({ port, endpoint: `${collector.url}/v1/answers`, results: `${collector.url}/` });
        await use({
          demoUrl: pages.url,
          collectorUrl: collector.url,
          async stored() {
            const response = await fetch(`${collector.url}/v1/answers?limit=500`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
            expect(response.status).toBe(200);
            return ((await response.json()) as { items: Submission[] }).items;
          },
        });
        await pages.close();
        await collector.close();
      },
      { scope: 'worker' },
    ],
  });
}

/** The collector and the script-tag demo page. */
export const test = stackTest(startDemoServer);

export { expect };

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
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
  if ((await widget(page).count()) === 0) await page.getByRole('button', { name: 'Share your thoughts' }).click();
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

/** A valid submission with a fresh id and the given answer, as the widget would have queued it. */
export function pendingSubmission(text: string): Submission {
  return {
    id: crypto.randomUUID(),
    protocolVersion: 1,
    surveyId: 'candor-default',
    surveyVersion: '1',
    answers: [{ questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', text }],
    questionOrder: ['hope'],
    locale: 'en',
    createdAt: new Date().toISOString(),
    partial: false,
    sampleRate: 1,
    context: { path: '/' },
  };
}

/** Puts submissions into the page's outbox, as earlier page views that could not deliver would have left them. */
export async function seedOutbox(page: Page, submissions: Submission[]) {
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('candor');
      open.onupgradeneeded = () => open.result.createObjectStore('outbox');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('outbox', 'readwrite');
    list.forEach((submission, i) => {
      const bytes = new TextEncoder().encode(JSON.stringify(submission)).length;
      const record = { id: submission.id, submission, bytes, createdAt: Date.now() - 1000 + i, attempts: 0, nextAttemptAt: 0, state: 'pending' };
      tx.objectStore('outbox').put(record, submission.id);
    });
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    db.close();
    // Candor keeps a count of what waits beside the outbox, so page views with nothing to send skip it.
    localStorage.setItem('candor:pending', String(list.length));
  }, submissions);
}

/** How many records the page's outbox holds. */
export async function outboxSize(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('candor');
      open.onupgradeneeded = () => open.result.createObjectStore('outbox');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('outbox').objectStore('outbox').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
}

/**
 * Records every sendBeacon call (Playwright does not report beacons sent from a page being left).
 * The log lives in sessionStorage, so the same tab can read it back after coming back to the site.
 */
export async function recordBeacons(page: Page) {
  await page.addInitScript(() => {
    const original = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      const accepted = original(url, data);
      const blob = data as Blob;
      const log = JSON.parse(sessionStorage.getItem('beacons') ?? '[]') as unknown[];
      log.push({ url: String(url), type: blob.type, bytes: blob.size, accepted });
      sessionStorage.setItem('beacons', JSON.stringify(log));
      return accepted;
    };
  });
  return async () =>
    page.evaluate(() => JSON.parse(sessionStorage.getItem('beacons') ?? '[]') as { url: string; type: string; bytes: number; accepted: boolean }[]);
}

/** Waits until the page has fetched Candor's delivery code (so a later network blip cannot cut it off). */
export async function deliveryLoaded(page: Page) {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('candor-delivery.js'))), { timeout: 10_000 })
    .toBe(true);
}
