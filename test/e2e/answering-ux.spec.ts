// No surprises for the person answering (issue #20): leaving part-way asks before anything is
// sent, withdrawal is confirmed and then said plainly, the invitation's two ways out look
// different and it has a ×, the question is the heading, and the redaction preview is a sentence.
// Each test checks what the user sees (and hears, by role and name) and what the collector holds.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { dialogOf, eventually, expect, pageViews, reloadAndLetCandorDecide, storedWith, test, widget, type AskingSite } from './asking-site.js';

const MANUAL = 'data-trigger="manual"';
const INVITE_EVERY_VIEW = 'data-min-page-views="1" data-delay-ms="0" data-frequency-days="0"';

/** What has focus inside the widget: "<role or tag>: <name>". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('candor-widget')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el) return 'nothing in the widget';
    const name = el instanceof HTMLTextAreaElement ? el.labels?.[0]?.textContent : (el.getAttribute('aria-label') ?? el.textContent);
    return `${el.tagName.toLowerCase()}: ${name?.trim()}`;
  });

/** Opens the questions from the product's button and types an answer to the first one. */
async function typeFirstAnswer(page: Page, site: AskingSite, text: string, attributes = MANUAL) {
  await page.goto(site.page(attributes));
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = dialogOf(page);
  await dialog.getByRole('textbox').fill(text);
  return dialog;
}

/** Waits long enough for a send that was going to happen to reach the collector. */
const settle = (page: Page) => page.waitForTimeout(1500);

test.describe('leaving part-way', () => {
  test('× after typing asks "Send what you wrote?" (announced, focus on Send); Send sends the partial answer, once', async ({ page, site }) => {
    const text = `Planning dinners ${randomUUID()}`;
    const dialog = await typeFirstAnswer(page, site, text);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const ask = dialog.getByRole('alertdialog', { name: 'Send what you wrote?' });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Discard' })).toBeVisible();
    await expect.poll(() => focused(page)).toBe('button: Send');
    await settle(page);
    expect(await storedWith(site.plain, text), 'nothing is sent before the user answers').toEqual([]);

    await page.keyboard.press('Enter');
    await expect(widget(page)).toHaveCount(0);
    const mine = await eventually(() => storedWith(site.plain, text), (s) => s.length > 0);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ partial: true, answers: [{ questionId: 'context', text }] });
  });

  test('Escape after typing asks too; Discard (from the keyboard) sends nothing and forgets the draft', async ({ page, site }) => {
    const text = `Planning dinners ${randomUUID()}`;
    const dialog = await typeFirstAnswer(page, site, text);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('candor:draft') ?? '')).toContain(text);
    await page.keyboard.press('Escape');
    await expect(dialog.getByRole('alertdialog', { name: 'Send what you wrote?' })).toBeVisible();
    await expect.poll(() => focused(page)).toBe('button: Send');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button: Discard');
    await page.keyboard.press('Enter');

    await expect(widget(page)).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('candor:draft'))).toBeNull();
    await settle(page);
    expect(await storedWith(site.plain, text)).toEqual([]);
    // A reload brings nothing back: the draft is gone.
    await page.reload();
    await page.waitForTimeout(1000);
    await expect(widget(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Share your thoughts' }).click();
    await expect(dialogOf(page).getByRole('textbox')).toHaveValue('');
    await expect(dialogOf(page).getByText('We kept what you wrote earlier.')).toHaveCount(0);
  });

  test('Escape on the question goes back to the answer, as it was, with the focus in it', async ({ page, site }) => {
    const dialog = await typeFirstAnswer(page, site, 'Planning dinners');
    await page.keyboard.press('Escape');
    await expect(dialog.getByRole('alertdialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog.getByRole('alertdialog')).toHaveCount(0);
    await expect(dialog.getByRole('textbox')).toHaveValue('Planning dinners');
    await expect.poll(() => focused(page)).toBe("textarea: What's the last thing you used Acme Assistant for?");
  });

  test('with nothing typed, × just closes', async ({ page, site }) => {
    await page.goto(site.page(MANUAL));
    await page.getByRole('button', { name: 'Share your thoughts' }).click();
    await dialogOf(page).getByRole('button', { name: 'Close' }).click();
    await expect(widget(page)).toHaveCount(0);
  });

  test('with data-send-partial="false", × closes at once, asks nothing and sends nothing', async ({ page, site }) => {
    const text = `Planning dinners ${randomUUID()}`;
    const dialog = await typeFirstAnswer(page, site, text, `${MANUAL} data-send-partial="false"`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(widget(page)).toHaveCount(0);
    await settle(page);
    expect(await storedWith(site.plain, text)).toEqual([]);
  });

  test('Candor.close() from the host page closes at once, even with the question up, and keeps the answers', async ({ page, site }) => {
    const text = `Planning dinners ${randomUUID()}`;
    const dialog = await typeFirstAnswer(page, site, text);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.getByRole('alertdialog')).toBeVisible();
    await page.evaluate(() => (window as unknown as { Candor: { close(): void } }).Candor.close());
    await expect(widget(page)).toHaveCount(0);
    const mine = await eventually(() => storedWith(site.plain, text), (s) => s.length > 0);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.partial).toBe(true);
  });
});

test('withdrawal asks first (focus on Keep, which keeps them), then says what happened, without "Thank you" above it', async ({ page, site }) => {
  const text = `Withdraw me ${randomUUID()}`;
  const dialog = await typeFirstAnswer(page, site, text);
  await dialog.getByRole('button', { name: 'Next' }).click();
  for (let i = 2; i <= 4; i++) {
    await expect(dialog.getByText(`Question ${i} of 4`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(dialog.getByRole('status')).toHaveText(/were sent/);
  await expect(dialog.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  expect(await eventually(() => storedWith(site.plain, text), (s) => s.length === 1)).toHaveLength(1);

  await dialog.getByRole('button', { name: 'Withdraw my answers' }).click();
  const ask = dialog.getByRole('alertdialog', { name: 'Withdraw your answers? This cannot be undone.' });
  await expect(ask).toBeVisible();
  await expect.poll(() => focused(page)).toBe('button: Keep');
  await page.keyboard.press('Enter'); // Keep
  await expect(ask).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveText(/were sent/);
  expect(await storedWith(site.plain, text)).toHaveLength(1);

  await dialog.getByRole('button', { name: 'Withdraw my answers' }).click();
  await ask.getByRole('button', { name: 'Withdraw' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Your answers were withdrawn.');
  await expect(dialog.getByText('Thank you')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Withdraw my answers' })).toHaveCount(0);
  expect(await storedWith(site.plain, text)).toEqual([]);
  await expect.poll(() => focused(page)).toBe('button: Done');
});

test.describe('the invitation', () => {
  test('"Not now" and "No thanks" look different, the second quieter, both bordered buttons with AA text', async ({ page, site }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.page(INVITE_EVERY_VIEW));
      const invitation = widget(page).getByRole('region', { name: 'Help shape Acme Assistant' });
      await expect(invitation).toBeVisible();
      const [notNow, noThanks] = await Promise.all(['Not now', 'No thanks'].map((name) => looks(invitation.getByRole('button', { name }))));
      for (const look of [notNow!, noThanks!]) {
        expect(look.border, `${scheme}: a visible border`).toMatch(/^1px solid rgb\(/);
        expect(contrast(look.color, look.background), `${scheme}: text contrast`).toBeGreaterThanOrEqual(4.5);
      }
      expect(notNow!.border, scheme).not.toBe(noThanks!.border);
      // Quieter: less contrast in its text and in its border than "Not now", which is quieter than Start.
      expect(contrast(noThanks!.color, noThanks!.background)).toBeLessThan(contrast(notNow!.color, notNow!.background));
      expect(contrast(noThanks!.borderColor, noThanks!.background)).toBeLessThan(contrast(notNow!.borderColor, notNow!.background));
    }
  });

  test('its × (labelled "Close") counts as "Not now": a reload does not bring it back', async ({ page, site }) => {
    await page.goto(site.page(INVITE_EVERY_VIEW));
    const invitation = widget(page).getByRole('region', { name: 'Help shape Acme Assistant' });
    await expect(invitation).toBeVisible();
    await reloadAndLetCandorDecide(page);
    await expect(invitation).toBeVisible(); // without an answer, every page view may invite here

    await invitation.getByRole('button', { name: 'Close' }).click();
    await expect(widget(page)).toHaveCount(0);
    // Remembered as "Not now" (quiet for 7 days), not as "No thanks" (quiet for good).
    const { notNows, quietUntil } = await page.evaluate(() => JSON.parse(localStorage.getItem('candor:v1') ?? '{}') as { notNows?: number; quietUntil?: number });
    expect(notNows).toBe(1);
    expect((quietUntil! - Date.now()) / 86_400_000).toBeCloseTo(7, 1);
    const before = await pageViews(page);
    await reloadAndLetCandorDecide(page);
    expect(await pageViews(page)).toBeGreaterThan(before);
    await expect(widget(page)).toHaveCount(0);
  });
});

test('the question is the heading: larger than the quiet progress line; "Share your thoughts" is the dialog’s name only', async ({ page, site }) => {
  await page.goto(site.page(MANUAL));
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = dialogOf(page);
  const question = dialog.getByRole('heading', { name: "What's the last thing you used Acme Assistant for?", level: 2 });
  await expect(question).toBeVisible();
  await expect(dialog.getByText('Share your thoughts')).toHaveCount(0);
  const size = (l: Locator) => l.evaluate((el) => ({ px: parseFloat(getComputedStyle(el).fontSize), weight: Number(getComputedStyle(el).fontWeight) }));
  const heading = await size(question);
  const progress = await size(dialog.getByText('Question 1 of 4'));
  expect(heading.weight).toBeGreaterThanOrEqual(600);
  expect(progress.weight).toBeLessThan(600);
  expect(heading.px).toBeGreaterThanOrEqual(progress.px * 1.25);
});

test.describe('the redaction preview, as a sentence', () => {
  test('counts what will be removed, in English, as the answer changes', async ({ page, site }) => {
    const dialog = await typeFirstAnswer(page, site, 'Email jane.doe@example.com or call +44 20 7946 0958, thanks');
    await expect(dialog.getByRole('status')).toHaveText('Before sending, we’ll remove 1 email address and 1 phone number.');
    await dialog.getByRole('textbox').fill('Email jane.doe@example.com or j.doe@example.org, thanks');
    await expect(dialog.getByRole('status')).toHaveText('Before sending, we’ll remove 2 email addresses.');
    await dialog.getByRole('textbox').fill('Nothing personal');
    await expect(dialog.getByRole('status')).toHaveText('');
  });

  test('in Arabic, right to left, with the dual', async ({ page, site }) => {
    await page.goto(site.page(MANUAL, { html: 'lang="ar"' }));
    await page.getByRole('button', { name: 'Share your thoughts' }).click();
    const dialog = widget(page).getByRole('dialog', { name: 'شاركنا رأيك' });
    await dialog.getByRole('textbox').fill('راسلني على jane.doe@example.com أو omar@example.ae');
    const sentence = dialog.getByRole('status');
    await expect(sentence).toHaveText('قبل الإرسال، سنحذف عنوانَي بريد إلكتروني.');
    expect(await sentence.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the new screens (invitation with ×, both questions, after withdrawal), in ${scheme}`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.page(INVITE_EVERY_VIEW));
    const invitation = widget(page).getByRole('region', { name: 'Help shape Acme Assistant' });
    await expect(invitation).toBeVisible();
    await axe(page, 'invitation');
    await invitation.getByRole('button', { name: 'Start' }).click();
    const dialog = dialogOf(page);
    await dialog.getByRole('textbox').fill('Write to jane.doe@example.com');
    await axe(page, 'question with the redaction sentence');
    await page.keyboard.press('Escape');
    await expect(dialog.getByRole('alertdialog')).toBeVisible();
    await axe(page, '"Send what you wrote?"');
    await page.keyboard.press('Escape');
    for (let i = 1; i <= 4; i++) await dialog.getByRole('button', { name: i === 4 ? 'Finish' : 'Next' }).click();
    await dialog.getByRole('button', { name: 'Withdraw my answers' }).click();
    await axe(page, '"Withdraw your answers?"');
    await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText('Your answers were withdrawn.');
    await axe(page, 'after withdrawal');
  });
}

/** axe-core on the widget only, every WCAG 2.0–2.2 A/AA rule plus best practices. */
async function axe(page: Page, screen: string) {
  await page.waitForTimeout(250); // let the slide-in finish: axe measures colours as painted
  const results = await new AxeBuilder({ page }).include('candor-widget').analyze();
  expect(results.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A button's text colour, border and the card's background, as painted. */
function looks(button: Locator) {
  return button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`, borderColor: s.borderTopColor, background: getComputedStyle(el.closest('.card')!).backgroundColor };
  });
}

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string) {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
