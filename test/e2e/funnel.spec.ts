// Who was asked and who answered (issue #16), in a real browser: the widget counts the moments of
// the funnel without any identifier, sends them by beacon when the page goes, and the collector's
// GET /v1/funnel reports them. Two people, each in a browser context of their own.
import { test as base, expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { startCollector, type RunningCollector } from '@candor/collector';
import type { FunnelReply } from '@candor/protocol';
import { APP_JS, productPage, startPageServer } from './host-pages.js';

const ADMIN_TOKEN = 'e2e-funnel';

interface FunnelSite {
  collector: RunningCollector;
  /** A product page inviting on its first view, for a survey of its own, with `attributes` on the script tag. */
  page(surveyId: string, attributes?: string): string;
  /** Another page of the product, without Candor: where the person goes next. */
  elsewhere: string;
}

const test = base.extend<{}, { site: FunnelSite }>({
  site: [
    async ({}, use) => {
      const pages = await startPageServer();
      pages.serve('/app.js', { type: 'text/javascript; charset=utf-8', body: APP_JS });
      // Rate limits off: one client (127.0.0.1) makes every request here.
      const collector = await startCollector({ origins: [pages.origin], adminToken: ADMIN_TOKEN, rateLimit: 0 });
      const endpoint = `${collector.url}/v1/answers`;
      await use({
        collector,
        page: (surveyId, attributes = '') =>
          pages.serve(`/p/${randomUUID()}`, {
            body: productPage({
              attributes: `data-endpoint="${endpoint}" data-product="Acme Assistant" data-survey-id="${surveyId}" data-min-page-views="1" data-delay-ms="0" ${attributes}`,
            }),
          }),
        elsewhere: pages.serve('/elsewhere', { body: '<!doctype html><title>Acme settings</title><p>Settings</p>' }),
      });
      await collector.close();
      await pages.close();
    },
    { scope: 'worker' },
  ],
});

async function funnel(site: FunnelSite, surveyId: string): Promise<FunnelReply> {
  const response = await fetch(`${site.collector.url}/v1/funnel?survey=${encodeURIComponent(surveyId)}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as FunnelReply;
}

const invitation = (page: Page) => page.locator('candor-widget').getByRole('region', { name: 'Help shape Acme Assistant' });
const dialog = (page: Page) => page.locator('candor-widget').getByRole('dialog', { name: 'Share your thoughts' });

/** Answers the first question and skips the rest (Skip on the last one finishes). */
async function answerAndFinish(page: Page, text: string) {
  const questions = dialog(page);
  await questions.getByRole('textbox').fill(text);
  await questions.getByRole('button', { name: 'Next' }).click();
  for (let step = 2; step <= 4; step += 1) {
    await expect(questions.getByText(`Question ${step} of 4`)).toBeVisible();
    await questions.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(questions.getByRole('status')).toHaveText('Your answers were sent. They will help decide what gets built.');
}

/** What waits on the device to be sent, as the page holds it (the beacon's body carries exactly these events). */
const waiting = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('candor:events') ?? '{"e":[]}') as { e: Record<string, unknown>[] }).e);

test('one person says "No thanks", another answers: the funnel reports invited 2, declined 1, finished 1, counted without any identifier', async ({ browser, site }) => {
  const surveyId = `funnel-${randomUUID()}`;
  const url = site.page(surveyId);
  const held: Record<string, unknown>[] = [];

  // The first person, in a browser context of their own: the invitation, then "No thanks".
  const first = await browser.newContext();
  const declining = await first.newPage();
  await declining.goto(url);
  await expect(invitation(declining)).toBeVisible();
  await invitation(declining).getByRole('button', { name: 'No thanks' }).click();
  await expect(invitation(declining)).toHaveCount(0);
  held.push(...(await waiting(declining)));
  await declining.goto(site.elsewhere); // the page goes: its counts go by beacon

  // The second person: the invitation, Start, an answer, finished.
  const second = await browser.newContext();
  const answering = await second.newPage();
  await answering.goto(url);
  await expect(invitation(answering)).toBeVisible();
  await invitation(answering).getByRole('button', { name: 'Start' }).click();
  await answerAndFinish(answering, `More evenings with my kids ${randomUUID()}`);
  held.push(...(await waiting(answering)));
  await answering.goto(site.elsewhere);

  await expect.poll(async () => (await funnel(site, surveyId)).counts.finished, { message: 'both pages’ counts arrived' }).toBe(1);
  await expect.poll(async () => (await funnel(site, surveyId)).counts.invited).toBe(2);
  const reply = await funnel(site, surveyId);
  expect(reply.counts).toEqual({ invited: 2, opened: 1, declined: 1, postponed: 0, dismissed: 0, started: 1, finished: 1, partial: 0, withdrawn: 0 });
  expect(reply.responseRate).toMatchObject({ count: 1, of: 2, value: 0.5 });
  expect(reply.completionRate).toMatchObject({ count: 1, of: 1, value: 1 });
  expect(reply.languages.map((l) => [l.language, l.counts.invited])).toEqual([['en', 2]]);

  // What each device held and sent: the moments, each with only the fields an event carries.
  expect(held.map((e) => e['event'])).toEqual(['invited', 'declined', 'invited', 'opened', 'started', 'finished']);
  for (const event of held) expect(Object.keys(event).sort()).toEqual(['date', 'event', 'locale', 'sampleRate', 'surveyId', 'surveyVersion', 'trigger']);
  expect(held[0]).toEqual({ event: 'invited', surveyId, surveyVersion: '1', locale: 'en', trigger: 'delay', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), sampleRate: 1 });
  await first.close();
  await second.close();
});

test('with data-count-events="false", an invitation declined is not counted: nothing waits on the device, nothing reaches the collector', async ({ browser, site }) => {
  const surveyId = `funnel-off-${randomUUID()}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.page(surveyId, 'data-count-events="false"'));
  await expect(invitation(page)).toBeVisible();
  await invitation(page).getByRole('button', { name: 'No thanks' }).click();
  await expect(invitation(page)).toHaveCount(0);
  expect(await waiting(page)).toEqual([]);
  await page.goto(site.elsewhere);
  await page.waitForTimeout(500); // time enough for a beacon, were one coming

  expect((await funnel(site, surveyId)).counts).toMatchObject({ invited: 0, declined: 0 });
  await context.close();
});
