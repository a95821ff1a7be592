// The survey editor (#17) in Chromium: edit a prompt with the real widget previewing it, publish
// it as version 2, find it in the history and at the public URL (an ETag, a 304 on revalidation),
// bring version 1 back; axe on the editor, light and dark; 360 px; by keyboard. And the whole way
// round: a widget on a product page (another origin, data-survey-url) asks what was published.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startCollector, type RunningCollector } from '@candor/collector';
import type { Submission } from '@candor/protocol';
import { APP_JS, productPage, startPageServer } from './host-pages.js';

const TOKEN = 'e2e-editor-token';
const SURVEY = 'e2e-editor';
const FIRST = 'If you could wave a magic wand, what would AI do for you?';
const EDITED = 'What would you most like AI to do for you?';

const test = base.extend<{}, { collector: RunningCollector }>({
  collector: [
    async ({}, use) => {
      // No rate limits or load shedding: one client makes many requests, on a machine that may be busy with other work.
      const collector = await startCollector({ adminToken: TOKEN, rateLimit: 0, loadShedding: { maxEventLoopDelayMs: 0 }, themes: { classifyIntervalMs: 3_600_000 } });
      await use(collector);
      await collector.close();
    },
    { scope: 'worker' },
  ],
});

/** Publishes a survey's first version through the admin API, as a script would. */
async function publishFirst(collector: RunningCollector, surveyId: string) {
  const reply = await fetch(`${collector.url}/v1/surveys/${surveyId}/definitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      questions: [
        { id: 'hope', prompt: { en: FIRST, fr: 'Si vous aviez une baguette magique, que ferait l’IA pour vous ?' } },
        { id: 'fear', prompt: { en: 'Are there ways AI might be developed that would be contrary to what you hope for?' } },
      ],
      texts: { en: { inviteTitle: 'Help shape {product}' } },
    }),
  });
  expect(reply.status).toBe(201);
}

async function signIn(page: Page) {
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The widget inside the preview frame. */
const preview = (page: Page) => page.frameLocator('iframe[title="Preview of the widget with this draft"]');

/** Every WCAG 2.0–2.2 A and AA rule axe has, on the whole page (the preview's frame included). */
async function axe(page: Page, what: string) {
  await page.waitForTimeout(500);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(5);
}

test('edit a prompt, see it in the real widget, publish version 2, read it at the public URL, bring version 1 back', async ({ page, collector }) => {
  await publishFirst(collector, SURVEY);
  await page.goto(`${collector.url}/questions?survey=${SURVEY}`);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Questions', level: 1 })).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Version 1');

  // The preview is the widget itself, opened on the first question.
  await expect(preview(page).getByText(FIRST)).toBeVisible();

  const prompt = page.getByLabel('Question in English (en)').first();
  await expect(prompt).toHaveValue(FIRST);
  await prompt.fill(EDITED);
  await expect(preview(page).getByText(EDITED)).toBeVisible();
  // The widget restarting in the preview leaves the focus where the person is typing.
  await expect(prompt).toBeFocused();
  await prompt.press('End');
  await prompt.pressSequentially('!', { delay: 50 });
  await page.waitForTimeout(600);
  await prompt.pressSequentially('?', { delay: 50 });
  await expect(prompt).toHaveValue(`${EDITED}!?`);
  await expect(preview(page).getByText(`${EDITED}!?`)).toBeVisible();
  // Each restart replaces the widget: one dialog, never a pile of them.
  await expect(preview(page).getByRole('dialog')).toHaveCount(1);
  await prompt.fill(EDITED);
  // The French wording is previewed in French.
  await page.getByLabel('Language shown').selectOption('fr');
  await expect(preview(page).getByText('Si vous aviez une baguette magique, que ferait l’IA pour vous ?')).toBeVisible();

  await page.getByRole('button', { name: 'Publish as a new version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published as version 2.' })).toBeVisible();
  await expect(history.getByRole('listitem').first()).toContainText('Version 2');
  await expect(history.getByRole('listitem').first()).toContainText('published');

  // What widgets read: version 2, with an ETag; asked again with it, a 304.
  const url = `${collector.url}/v1/surveys/${SURVEY}`;
  const served = await fetch(url);
  expect(served.status).toBe(200);
  const definition = (await served.json()) as { version: string; questions: { prompt: Record<string, string> }[] };
  expect(definition.version).toBe('2');
  expect(definition.questions[0]!.prompt['en']).toBe(EDITED);
  const etag = served.headers.get('etag');
  expect(etag).toMatch(/^"v2-/);
  expect(served.headers.get('cache-control')).toBe('public, max-age=300');
  expect((await fetch(url, { headers: { 'if-none-match': etag! } })).status).toBe(304);

  // Bring version 1 back: published again, as version 3.
  await history.getByRole('button', { name: 'Bring back version 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 is back, published as version 3.' })).toBeVisible();
  await expect(prompt).toHaveValue(FIRST);
  const back = (await (await fetch(url)).json()) as { version: string; questions: { prompt: Record<string, string> }[] };
  expect(back.version).toBe('3');
  expect(back.questions[0]!.prompt['en']).toBe(FIRST);
  expect((await fetch(url, { headers: { 'if-none-match': etag! } })).status).toBe(200);
});

test('a field the collector refuses is named next to it, and nothing is published', async ({ page, collector }) => {
  await publishFirst(collector, 'e2e-editor-errors');
  await page.goto(`${collector.url}/questions?survey=e2e-editor-errors`);
  await signIn(page);
  await page.getByLabel('People ever asked (%)').fill('150');
  await page.getByRole('button', { name: 'Publish as a new version' }).click();

  await expect(page.getByRole('alert')).toContainText('Nothing was published');
  await expect(page.getByLabel('People ever asked (%)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Must be a percentage from 0 to 100.', { exact: true })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('link', { name: 'People ever asked (%)' })).toBeVisible();
  expect(((await (await fetch(`${collector.url}/v1/surveys/e2e-editor-errors`)).json()) as { version: string }).version).toBe('1');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation on the editor, in ${scheme}`, async ({ page, collector }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await publishFirst(collector, `e2e-editor-axe-${scheme}`);
    await page.goto(`${collector.url}/questions`);
    await signIn(page);
    await expect(page.getByRole('heading', { name: 'Choose a survey' })).toBeVisible();
    await axe(page, `/questions (${scheme})`);
    await page.goto(`${collector.url}/questions?survey=e2e-editor-axe-${scheme}`);
    await expect(preview(page).getByText(FIRST)).toBeVisible();
    await page.getByText('More about question 1').click();
    await page.getByRole('button', { name: 'Add language' }).click(); // an empty tag: its error shown beside the field
    await expect(page.getByText('Write a language tag such as “fr” or “pt-BR”.')).toBeVisible();
    await axe(page, `/questions?survey=… (${scheme})`);
  });
}

test('the editor works at 360 px wide, and by keyboard', async ({ page, collector }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await publishFirst(collector, 'e2e-editor-phone');
  await page.goto(`${collector.url}/questions?survey=e2e-editor-phone`);
  await signIn(page);
  await expect(preview(page).getByText(FIRST)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Tabbing through the whole editor, no field that takes the focus is hidden under the publish bar (WCAG 2.4.11).
  const bar = page.locator('.publish-bar');
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      const publish = document.querySelector('.publish-bar');
      if (!focused || !publish || publish.contains(focused) || focused.tagName === 'IFRAME' || focused === document.body) return null;
      const f = focused.getBoundingClientRect();
      const p = publish.getBoundingClientRect();
      return f.bottom > p.top + 1 && f.top < p.bottom ? focused.id || focused.textContent?.slice(0, 40) : null;
    });
    expect(covered, `tab ${i + 1}`).toBeNull();
  }
  await expect(bar).toBeVisible();

  // Keyboard only: move the second question up, then publish.
  await page.getByRole('button', { name: 'Move question 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Question in English (en)').first()).toHaveValue(/^Are there ways AI/);
  await page.getByRole('button', { name: 'Publish as a new version' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Published as version 2.' })).toBeVisible();
});

test('a widget on a product page asks what was published, then the next version, then the one brought back; each answer keeps its version', async ({ page }) => {
  const pages = await startPageServer();
  pages.serve('/app.js', { type: 'text/javascript; charset=utf-8', body: APP_JS });
  // Widgets may keep a definition one second here, so each publish reaches the page at its next view.
  const collector = await startCollector({ origins: [pages.origin], adminToken: TOKEN, rateLimit: 0, loadShedding: { maxEventLoopDelayMs: 0 }, definitionMaxAge: 1 });
  const admin = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
  const publish = async (hope: string) => {
    const reply = await fetch(`${collector.url}/v1/surveys/product-study/definitions`, { method: 'POST', headers: admin, body: JSON.stringify({ questions: [{ id: 'hope', prompt: { en: hope } }] }) });
    expect(reply.status).toBe(201);
  };
  const url = pages.serve('/chat', {
    body: productPage({
      attributes: `data-endpoint="${collector.url}/v1/answers" data-survey-url="${collector.url}/v1/surveys/product-study" data-product="Acme Assistant" data-trigger="manual"`,
    }),
  });
  const dialog = page.locator('candor-widget').getByRole('dialog', { name: 'Share your thoughts' });
  /** Opens the questions on a fresh page view, checks the wording, answers, and returns what the collector stored. */
  const answer = async (prompt: string) => {
    await page.goto(url);
    await page.getByRole('button', { name: 'Share your thoughts' }).click();
    await expect(dialog.getByText(prompt)).toBeVisible();
    const text = `An answer to “${prompt}” ${crypto.randomUUID()}`;
    await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: 'Finish' }).click();
    await expect(dialog.getByRole('heading', { name: 'Thank you' })).toBeVisible();
    await expect.poll(async () => {
      const listed = await fetch(`${collector.url}/v1/answers?survey=product-study&q=${encodeURIComponent(text)}`, { headers: admin });
      return ((await listed.json()) as { items: Submission[] }).items.length;
    }).toBe(1);
    const listed = await fetch(`${collector.url}/v1/answers?survey=product-study&q=${encodeURIComponent(text)}`, { headers: admin });
    return ((await listed.json()) as { items: Submission[] }).items[0]!;
  };

  await publish('What would AI do for you?');
  expect(await answer('What would AI do for you?')).toMatchObject({ surveyId: 'product-study', surveyVersion: '1', answers: [{ prompt: 'What would AI do for you?' }] });

  await publish('What would you most like AI to do for you?');
  await page.waitForTimeout(1100);
  expect(await answer('What would you most like AI to do for you?')).toMatchObject({ surveyVersion: '2', answers: [{ prompt: 'What would you most like AI to do for you?' }] });

  const back = await fetch(`${collector.url}/v1/surveys/product-study/rollback`, { method: 'POST', headers: admin, body: JSON.stringify({ version: '1' }) });
  expect(back.status).toBe(201);
  await page.waitForTimeout(1100);
  expect(await answer('What would AI do for you?')).toMatchObject({ surveyVersion: '3', answers: [{ prompt: 'What would AI do for you?' }] });

  await collector.close();
  await pages.close();
});
