import type { Request, Route } from '@playwright/test';
import { answerSurvey, deliveryLoaded, eventually, expect, outboxSize, pendingSubmission, recordBeacons, seedOutbox, test } from './stack.js';

/** Posts that reach the collector, by submission id (a beacon and a fetch both count). */
function countPosts(requests: Request[]) {
  const byId = new Map<string, number>();
  for (const request of requests) {
    const body = JSON.parse(request.postData() ?? 'null') as { id: string } | { id: string }[];
    for (const { id } of Array.isArray(body) ? body : [body]) byId.set(id, (byId.get(id) ?? 0) + 1);
  }
  return byId;
}

test('10. five tabs come online with twenty pending submissions: the collector stores twenty, each accepted once', async ({ context, stack }) => {
  const answers = `/v1/answers`;
  await context.route(`${stack.collectorUrl}${answers}`, (route) => route.abort('internetdisconnected'));
  const first = await context.newPage();
  await first.goto(stack.demoUrl);
  const pending = Array.from({ length: 20 }, (_, i) => pendingSubmission(`tab test ${i} ${crypto.randomUUID()}`));
  await seedOutbox(first, pending);
  const tabs = [first];
  for (let i = 0; i < 4; i++) {
    const tab = await context.newPage();
    await tab.goto(stack.demoUrl);
    tabs.push(tab);
  }
  // Every tab opened after the seeding has tried once at load, and failed (the first learns of them on `online`).
  for (const tab of tabs.slice(1)) await deliveryLoaded(tab);

  const posts: Request[] = [];
  await context.unroute(`${stack.collectorUrl}${answers}`);
  // Sends the collector accepted (one that failed in the offline blip below is simply retried).
  context.on('requestfinished', async (r) => r.method() === 'POST' && r.url().endsWith(answers) && (await r.response())?.ok() && posts.push(r));
  await context.setOffline(true);
  await context.setOffline(false); // every tab hears `online` at once

  const ids = new Set(pending.map((s) => s.id));
  const mine = async () => (await stack.stored()).filter((s) => ids.has(s.id));
  expect(await eventually(mine, (list) => list.length === 20)).toHaveLength(20);
  await first.waitForTimeout(500);
  expect([...countPosts(posts).values()].every((n) => n === 1)).toBe(true);
  expect(await outboxSize(first)).toBe(0);
});

test('11. the flushing tab closes mid-flush: another tab sends the rest, and none is lost', async ({ context, stack }) => {
  const answers = `${stack.collectorUrl}/v1/answers`;
  const slow = async (route: import('@playwright/test').Route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue().catch(() => {}); // the page may be gone by now
  };
  await context.route(answers, (route) => route.abort('internetdisconnected'));
  const flusher = await context.newPage();
  await flusher.goto(stack.demoUrl);
  const pending = Array.from({ length: 10 }, (_, i) => pendingSubmission(`close test ${i} ${crypto.randomUUID()}`));
  await seedOutbox(flusher, pending);
  await flusher.waitForTimeout(300);

  await context.unroute(answers);
  await context.route(answers, slow);
  const ids = new Set(pending.map((s) => s.id));
  const mine = async () => (await stack.stored()).filter((s) => ids.has(s.id));
  await flusher.evaluate(() => window.dispatchEvent(new Event('online'))); // this tab starts flushing, slowly
  const other = await context.newPage();
  await other.goto(stack.demoUrl); // its flush at load waits for the lock the first tab holds
  const partway = await eventually(mine, (list) => list.length >= 2);
  expect(partway.length).toBeLessThan(10);
  await flusher.close();

  expect(await eventually(mine, (list) => list.length === 10, 20_000)).toHaveLength(10);
  expect(await eventually(() => outboxSize(other), (n) => n === 0)).toBe(0);
});

/** Fails Candor's fetches to the collector, and lets its page-exit beacons through. */
const letBeaconsThrough = (route: Route) => (route.request().resourceType() === 'ping' ? route.continue() : route.abort('connectionreset'));

test('12. submit, then leave at once: the beacon carries it out, and the next load confirms it without a duplicate', async ({ context, page, stack }) => {
  const answers = `${stack.collectorUrl}/v1/answers`;
  const beacons = await recordBeacons(page);
  // Candor's normal sends never get through; its beacons do (Chromium may route a beacon sent as
  // the page goes: it is a "ping" request, and it goes on).
  await context.route(answers, letBeaconsThrough);
  const hope = `Leaving right away ${crypto.randomUUID()}`;
  const mine = async () => (await stack.stored()).filter((s) => s.answers.some((a) => a.text === hope));

  await page.goto(stack.demoUrl);
  const dialog = await answerSurvey(page, [null, hope, null, null]);
  await expect(dialog.getByRole('status')).toContainText('saved on this device');
  await page.goto('about:blank');

  expect(await eventually(mine, (list) => list.length === 1)).toHaveLength(1);

  await context.unroute(answers);
  await page.goto(stack.demoUrl);
  // One beacon carried the answers out (the funnel's counts leave by a beacon of their own, to /v1/events).
  expect((await beacons()).filter((b) => b.url === answers)).toEqual([{ url: answers, type: 'text/plain', bytes: expect.any(Number), accepted: true }]);
  expect(await eventually(() => outboxSize(page), (n) => n === 0)).toBe(0); // confirmed by a normal send
  expect(await mine()).toHaveLength(1);
});

test('12b. leave while a retry is under way: the beacon still carries the answer out', async ({ context, page, stack }) => {
  const answers = `${stack.collectorUrl}/v1/answers`;
  let fetches = 0;
  let retryUnderWay!: () => void;
  const retrying = new Promise<void>((resolve) => (retryUnderWay = resolve));
  await context.route(answers, (route) => {
    if (route.request().resourceType() === 'ping') return route.continue();
    if (++fetches === 1) return route.abort('connectionreset');
    retryUnderWay(); // no answer: this request is still open when the page goes, and dies with it
  });
  const hope = `Leaving mid-retry ${crypto.randomUUID()}`;
  const mine = async () => (await stack.stored()).filter((s) => s.answers.some((a) => a.text === hope));

  await page.goto(stack.demoUrl);
  const dialog = await answerSurvey(page, [null, hope, null, null]);
  await expect(dialog.getByRole('status')).toContainText('saved on this device');
  await retrying; // the retry comes within 2 s (backoff with jitter)
  await page.goto('about:blank');

  expect(await eventually(mine, (list) => list.length === 1)).toHaveLength(1);
});

test('13. thirty pending at page exit: beacons stay within the in-flight limit, and the rest wait for the next load', async ({ context, page, stack }) => {
  const answers = `${stack.collectorUrl}/v1/answers`;
  const beacons = await recordBeacons(page);
  await context.route(answers, letBeaconsThrough);
  await page.goto(`${stack.demoUrl}/app.css`); // a page of the site without Candor on it
  const pending = Array.from({ length: 30 }, (_, i) => pendingSubmission(`${i} ${crypto.randomUUID()} `.padEnd(4000, 'x')));
  await seedOutbox(page, pending);
  await page.goto(stack.demoUrl); // this page view tries (and fails) to send them, so it knows what is pending
  await page.waitForTimeout(1000);
  await page.goto('about:blank');
  await page.waitForTimeout(1000);

  const ids = new Set(pending.map((s) => s.id));
  const mine = async () => (await stack.stored()).filter((s) => ids.has(s.id));
  const beaconed = (await mine()).length;
  await context.unroute(answers);
  await page.goto(stack.demoUrl);
  const sent = (await beacons()).filter((b) => b.url === answers);
  expect(sent.length).toBeGreaterThan(5);
  expect(sent.length).toBeLessThan(30);
  expect(sent.every((b) => b.accepted && b.type === 'text/plain')).toBe(true);
  expect(sent.reduce((sum, b) => sum + b.bytes, 0)).toBeLessThanOrEqual(64 * 1024);
  expect(beaconed).toBe(sent.length);

  expect(await eventually(mine, (list) => list.length === 30, 30_000)).toHaveLength(30);
});

test('15. hostile text arrives byte for byte, and nothing in it runs', async ({ page, stack }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  const marker = crypto.randomUUID();
  await page.goto(stack.demoUrl);
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const textbox = page.locator('candor-widget').getByRole('textbox');
  await expect(textbox).toBeVisible();
  // Typed text cannot carry NUL or lone surrogates through the keyboard, so set it as an input event would.
  const expected = await page.evaluate((marker) => {
    const text =
      `${marker} <img src=x onerror=alert(1)></textarea></script><script>alert(2)</script> ` +
      '\u202eRTL\u202c \u200f 😀👩‍👩‍👧 \u0000NUL ' +
      String.fromCharCode(0xd800) + ' lone ' + String.fromCharCode(0xdc00) + ' ' + 'e\u0301'.repeat(2000);
    const field = document.querySelector('candor-widget')!.shadowRoot!.querySelector('textarea')!;
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return Array.from(text, (c) => c.charCodeAt(0));
  }, marker);
  const dialog = page.locator('candor-widget').getByRole('dialog');
  await dialog.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < 3; i++) await dialog.getByRole('button', { name: 'Skip' }).click();
  await expect(dialog.getByRole('status')).toContainText('were sent');

  const stored = (await stack.stored()).find((s) => s.answers.some((a) => a.text.startsWith(marker)))!;
  const text = stored.answers[0]!.text;
  expect(Array.from(text, (c) => c.charCodeAt(0))).toEqual(expected);
  expect(dialogs).toEqual([]);
  expect(await page.locator('candor-widget').locator('img, script').count()).toBe(0);
});
