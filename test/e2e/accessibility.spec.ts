import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { APP_JS, expect, focused, productPage, test, widget, type Site } from './host-pages.js';

const HOPE = 'If you could wave a magic wand, what would AI do for you?';

async function open(page: Page, site: Site, attributes = '') {
  site.serve('/app.js', { body: APP_JS, type: 'text/javascript' });
  await page.goto(site.serve('/a11y', { body: productPage({ attributes: `data-endpoint="${site.endpoint}" data-product="Acme Assistant" ${attributes}` }) }));
}

/** axe-core on the widget only (the test page is not under test), every WCAG 2.0–2.2 A/AA rule plus best practices. */
async function axe(page: Page, screen: string) {
  await page.waitForTimeout(250); // let the slide-in finish: axe measures colours as painted
  const results = await new AxeBuilder({ page }).include('candor-widget').analyze();
  const found = results.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${screen}`).toEqual([]);
  // It did look inside the shadow root: text contrast was checked there.
  expect(results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(1);
  return results.passes.length;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any screen of the flow, in ${scheme}`, async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, site, 'data-min-page-views="1" data-delay-ms="0"');
    const invitation = widget(page).getByRole('region', { name: 'Help shape Acme Assistant' });
    await expect(invitation).toBeVisible();
    const background = await invitation.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(30, 32, 39)' : 'rgb(255, 255, 255)');
    await axe(page, 'invitation');

    await invitation.getByRole('button', { name: 'Start' }).click();
    const dialog = widget(page).getByRole('dialog', { name: 'Share your thoughts' });
    for (let i = 1; i <= 4; i++) {
      await expect(dialog.getByText(`Question ${i} of 4`)).toBeVisible();
      await dialog.getByRole('textbox').fill(`answer ${i}`);
      await axe(page, `question ${i}`);
      await dialog.getByRole('button', { name: i === 4 ? 'Finish' : 'Next' }).click();
    }
    await expect(dialog.getByRole('status')).toHaveText(/were sent/);
    await axe(page, 'thank-you');
  });
}

test('"system" follows the device between light and dark while the widget is open', async ({ page, site }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, site, 'data-trigger="manual"');
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = widget(page).getByRole('dialog');
  await expect(dialog).toBeVisible();
  const background = () => dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(30, 32, 39)');
});

test('a keyboard alone opens, answers, goes back, skips, finishes and closes, with focus where it should be', async ({ page, site }) => {
  await open(page, site, 'data-trigger="manual"');
  const share = 'page button: Share your thoughts';
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(share);

  await page.keyboard.press('Enter');
  await expect(widget(page).getByRole('dialog', { name: 'Share your thoughts' })).toBeVisible();
  await expect.poll(() => focused(page)).toBe("widget textarea: What's the last thing you used Acme Assistant for?");
  await page.keyboard.type('Planning dinners');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('widget button: Skip');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('widget button: Next');
  await page.keyboard.press('Enter');

  await expect.poll(() => focused(page)).toBe(`widget textarea: ${HOPE}`);
  await page.keyboard.type('Give me back my evenings');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('widget button: Back');
  await page.keyboard.press('Enter'); // back to question 1: what was typed is still there
  await expect.poll(() => focused(page)).toBe("widget textarea: What's the last thing you used Acme Assistant for?");
  await expect(widget(page).getByRole('textbox')).toHaveValue('Planning dinners');
  await page.keyboard.press('Control+Enter'); // next, from the textarea
  await expect.poll(() => focused(page)).toBe(`widget textarea: ${HOPE}`);
  await expect(widget(page).getByRole('textbox')).toHaveValue('Give me back my evenings');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('widget button: Close'); // the close button comes first, beside the dialog's title
  for (const next of [`textarea: ${HOPE}`, 'button: Back', 'button: Skip']) {
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`widget ${next}`);
  }
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('widget button: Next');
  await page.keyboard.press('Enter');

  await expect.poll(() => focused(page)).toBe('widget textarea: Has AI ever taken a step towards that for you?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('widget button: Skip');
  await page.keyboard.press('Enter');

  await expect.poll(() => focused(page)).toMatch(/^widget textarea: Are there ways AI might be developed/);
  await page.keyboard.type('Decisions made about me without me');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('widget button: Finish');
  await page.keyboard.press('Enter');

  await expect(widget(page).getByRole('status')).toHaveText(/were sent/);
  await expect.poll(() => focused(page)).toBe('widget button: Done');
  await page.keyboard.press('Enter');
  await expect(widget(page)).toHaveCount(0);
  expect(await focused(page)).toBe(share); // focus goes back where it was

  // Escape closes from anywhere in the dialog, and focus comes back again.
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^widget textarea/);
  await page.keyboard.press('Escape');
  await expect(widget(page)).toHaveCount(0);
  expect(await focused(page)).toBe(share);
});

test('the invitation appears without taking focus from what the user is typing', async ({ page, site }) => {
  await open(page, site, 'data-min-page-views="1" data-delay-ms="300"');
  await page.getByLabel('Message').click();
  await page.keyboard.type('Hello');
  await expect(widget(page).getByRole('region', { name: 'Help shape Acme Assistant' })).toBeVisible();
  await page.keyboard.type(' there');
  await expect(page.getByLabel('Message')).toHaveValue('Hello there');
  expect(await focused(page)).toBe('page textarea: Message');
});

test('focus rings are visible with 3:1 contrast, and every target is at least 24 by 24 pixels', async ({ page, site }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, site, 'data-trigger="manual"');
    await page.getByRole('button', { name: 'Share your thoughts' }).click();
    await expect.poll(() => focused(page)).toMatch(/^widget textarea/);
    await page.keyboard.press('Tab'); // from the textarea to Skip
    expect(await focused(page)).toBe('widget button: Skip');
    const ring = await widget(page)
      .getByRole('button', { name: 'Skip' })
      .evaluate((el) => {
        const s = getComputedStyle(el);
        const card = getComputedStyle(el.closest('.card')!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, background: card.backgroundColor };
      });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.color, ring.background)).toBeGreaterThanOrEqual(3);
    for (const box of await widget(page).locator('button, textarea').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  }
});

test('no slide-in under prefers-reduced-motion', async ({ page, site }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, site, 'data-trigger="manual"');
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  expect(await widget(page).getByRole('dialog').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

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
