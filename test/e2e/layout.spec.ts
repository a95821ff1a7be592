import type { Page } from '@playwright/test';
import { APP_JS, expect, productPage, test, widget, type Site } from './host-pages.js';

async function open(page: Page, site: Site) {
  site.serve('/app.js', { body: APP_JS, type: 'text/javascript' });
  await page.goto(site.serve('/layout', { body: productPage({ attributes: `data-endpoint="${site.endpoint}" data-product="Acme Assistant" data-min-page-views="1" data-delay-ms="0"` }) }));
}

/** Nothing scrolls sideways, and every control of the card lies inside the viewport once scrolled to (one-way scrolling at most). */
async function expectFits(page: Page, screen: string) {
  await page.waitForTimeout(250); // the slide-in
  const report = await page.evaluate(() => {
    const card = document.querySelector('candor-widget')!.shadowRoot!.querySelector('.card') as HTMLElement;
    const page = document.scrollingElement!;
    const out: string[] = [];
    if (page.scrollWidth > page.clientWidth) out.push(`the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);
    if (card.scrollWidth > card.clientWidth) out.push(`the card scrolls sideways (${card.scrollWidth} > ${card.clientWidth})`);
    const box = card.getBoundingClientRect();
    if (box.left < 0 || box.right > innerWidth || box.top < 0 || box.bottom > innerHeight) out.push(`the card overflows the viewport: ${JSON.stringify(box)}`);
    for (const el of card.querySelectorAll('button, textarea, h2, p, label')) {
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      if (r.left < c.left || r.right > c.right || r.top < c.top - 1 || r.bottom > c.bottom + 1) out.push(`${el.tagName} "${el.textContent}" is clipped`);
    }
    return out;
  });
  expect(report, screen).toEqual([]);
}

for (const [name, viewport, scale] of [
  ['a 320 px wide phone', { width: 320, height: 640 }, 1],
  ['200 % zoom of a 1280 × 720 window', { width: 640, height: 360 }, 2],
] as const) {
  test(`on ${name}, every screen fits with nothing clipped and no sideways scrolling`, async ({ browser, site }) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
    const page = await context.newPage();
    await open(page, site);
    const invitation = widget(page).getByRole('region');
    await expect(invitation).toBeVisible();
    await expectFits(page, 'invitation');
    await invitation.getByRole('button', { name: 'Start' }).click();
    const dialog = widget(page).getByRole('dialog');
    for (let i = 1; i <= 4; i++) {
      await dialog.getByRole('textbox').fill(`A long answer without spaces: ${'x'.repeat(200)}`);
      await expectFits(page, `question ${i}`);
      await dialog.getByRole('button', { name: i === 4 ? 'Finish' : 'Next' }).click();
    }
    await expect(dialog.getByRole('status')).toHaveText(/were sent/);
    await expectFits(page, 'thank-you');
    await context.close();
  });
}
