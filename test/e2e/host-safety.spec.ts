import type { Page } from '@playwright/test';
import { APP_JS, expect, productPage, test, watchForTrouble, widget, type Site } from './host-pages.js';

const app = (site: Site) => site.serve('/app.js', { body: APP_JS, type: 'text/javascript' });

/** Answers every question and waits for the collector's answer. */
async function answerAll(page: Page) {
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = widget(page).getByRole('dialog', { name: 'Share your thoughts' });
  for (let i = 1; i <= 4; i++) {
    await dialog.getByRole('textbox').fill(`answer ${i}`);
    await dialog.getByRole('button', { name: i === 4 ? 'Finish' : 'Next' }).click();
  }
  await expect(dialog.getByRole('status')).toHaveText('Your answers were sent. They will help decide what gets built.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(widget(page)).toHaveCount(0);
}

test.describe('a strict Content-Security-Policy, sent as a response header', () => {
  for (const [name, scripts, attribute, more] of [
    ["'self' only", "'self'", '', ''],
    ['a nonce only', "'nonce-c2FmZS1ub25jZQ'", 'nonce="c2FmZS1ub25jZQ"', ''],
    // Trusted Types: Candor's chunks load through its "candor" policy, which the page allows.
    ["'self' only, with Trusted Types enforced", "'self'", '', "; require-trusted-types-for 'script'; trusted-types candor"],
  ] as const) {
    test(`with scripts and styles from ${name}, the whole flow works and nothing is blocked`, async ({ page, site }) => {
      const errors = await watchForTrouble(page);
      const csp = `default-src 'none'; script-src ${scripts}; style-src ${scripts}; connect-src ${site.collectorOrigin}; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'${more}`;
      site.serve('/app.js', { body: APP_JS, type: 'text/javascript' });
      const url = site.serve(`/csp-${attribute ? 'nonce' : 'self'}${more ? '-trusted-types' : ''}`, {
        headers: { 'Content-Security-Policy': csp },
        body: productPage({ attributes: `${attribute} data-endpoint="${site.endpoint}" data-product="Acme Assistant" data-trigger="manual"` }).replace(
          '<script src="/app.js" defer>',
          `<script src="/app.js" ${attribute} defer>`,
        ),
      });
      const response = await page.goto(url);
      expect(response!.headers()['content-security-policy']).toBe(csp);
      await answerAll(page);
      // The widget was styled (its stylesheet was not blocked).
      await page.getByRole('button', { name: 'Share your thoughts' }).click();
      expect(await widget(page).getByRole('dialog').evaluate((el) => getComputedStyle(el).borderRadius)).toBe('14px');
      expect(errors).toEqual([]);
    });
  }
});

/** Computed styles that make up how the widget looks, for every element in it, and where it sits. */
function look(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('candor-widget')!;
    const props = ['display', 'position', 'color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'padding', 'margin', 'border', 'border-radius', 'width', 'height', 'outline', 'opacity', 'transform', 'filter', 'visibility', 'text-align', 'z-index'];
    const describe = (el: Element) => {
      const s = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    };
    const box = host.getBoundingClientRect();
    return { host: { ...describe(host), box: [box.x, box.y, box.width, box.height] }, inside: [...host.shadowRoot!.querySelectorAll('*')].map((el) => [el.tagName, describe(el)]) };
  });
}

const HOSTILE_CSS = `
* { all: unset !important; }
html { font-size: 48px !important; direction: ltr; }
body { font: italic 40px/3 "Comic Sans MS", cursive !important; color: red !important; background: #ff0 !important; letter-spacing: 4px !important; }
candor-widget, candor-widget * { display: none !important; position: static !important; transform: scale(0.3) !important; filter: blur(4px) !important; opacity: 0.2 !important; z-index: -1 !important; font-size: 60px !important; color: lime !important; }
button, textarea, section, div, p, h2, label, form { all: unset !important; background: hotpink !important; font-size: 50px !important; padding: 40px !important; }
:root { --candor-bg: red; --candor-fg: red; }
@font-face { font-family: system-ui; src: local("Comic Sans MS"); }
`;

test('host CSS (resets, all: unset, huge fonts, !important) does not change how the widget looks', async ({ page, site }) => {
  app(site);
  const attributes = `data-endpoint="${site.endpoint}" data-product="Acme Assistant" data-trigger="manual"`;
  const clean = site.serve('/clean', { body: productPage({ attributes }) });
  site.serve('/hostile.css', { body: HOSTILE_CSS, type: 'text/css' });
  const hostile = site.serve('/hostile', { body: productPage({ attributes, head: '<link rel="stylesheet" href="/hostile.css" />' }) });
  await page.setViewportSize({ width: 1000, height: 800 });

  const looks = [];
  for (const url of [clean, hostile]) {
    await page.goto(url);
    if (url === hostile) expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(255, 0, 0)'); // the hostile CSS is in force
    await page.evaluate(() => (window as unknown as { Candor: { open(): void } }).Candor.open());
    await expect(widget(page).getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(300); // the slide-in
    looks.push(await look(page));
  }
  const [onClean, onHostile] = looks;
  expect(onHostile!.host.box).toEqual(onClean!.host.box);
  expect(onHostile).toEqual(onClean);
});

test('mounting the widget changes none of the host page\'s styles and adds no global but window.Candor', async ({ page, site }) => {
  app(site);
  await page.addInitScript(() => {
    (window as unknown as { __globals: string[] }).__globals = Object.getOwnPropertyNames(window);
  });
  site.serve('/host.css', { body: 'button { padding: 7px 11px; font: 17px/1.2 serif; } p { color: #333; } textarea { width: 300px; }', type: 'text/css' });
  await page.goto(site.serve('/host-styles', { body: productPage({ attributes: `data-endpoint="${site.endpoint}" data-trigger="manual"`, head: '<link rel="stylesheet" href="/host.css" />' }) }));
  const hostStyles = () =>
    page.evaluate(() => ({
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      styles: ['button', 'p', 'textarea', 'h1', 'body', 'html'].map((selector) => {
        const s = getComputedStyle(document.querySelector(selector)!);
        return [selector, s.font, s.padding, s.color, s.width, s.margin, s.background, s.boxSizing].join(' | ');
      }),
    }));
  const before = await hostStyles();
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  await expect(widget(page).getByRole('dialog')).toBeVisible();
  expect(await hostStyles()).toEqual(before);
  const added = await page.evaluate(() => {
    const before = new Set((window as unknown as { __globals: string[] }).__globals);
    return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== '__globals');
  });
  expect(added).toEqual(['Candor']);
});

test('position, offset, z-index and colours are configurable through the options', async ({ page, site }) => {
  app(site);
  await page.setViewportSize({ width: 1000, height: 800 });
  site.serve('/candor-init.js', {
    type: 'text/javascript',
    body: `Candor.init({ endpoint: ${JSON.stringify(site.endpoint)}, trigger: 'manual', position: 'top-left', theme: { '--candor-offset': '40px', '--candor-z-index': '7', '--candor-accent': '#0a6e4f' } });`,
  });
  await page.goto(
    site.serve('/placed', { body: productPage({ attributes: '' }).replace('<script src="/app.js" defer></script>', '<script src="/candor-init.js" defer></script><script src="/app.js" defer></script>') }),
  );
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const card = widget(page).getByRole('dialog');
  await expect(card).toBeVisible();
  await page.waitForTimeout(300);
  const box = (await card.boundingBox())!;
  expect([box.x, box.y]).toEqual([40, 40]);
  expect(await widget(page).evaluate((el) => getComputedStyle(el).zIndex)).toBe('7');
  expect(await card.getByRole('button', { name: 'Next' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(10, 110, 79)');
});

test('when the page focuses something the widget would cover, the widget moves to the other edge', async ({ page, site }) => {
  app(site);
  await page.setViewportSize({ width: 1000, height: 700 });
  const body = '<button type="button" id="under" style="position: fixed; right: 30px; bottom: 30px">Send</button>';
  await page.goto(site.serve('/covered', { body: productPage({ attributes: `data-endpoint="${site.endpoint}" data-min-page-views="1" data-delay-ms="0"`, body }) }));
  const invitation = widget(page).getByRole('region');
  await expect(invitation).toBeVisible();
  await page.waitForTimeout(300); // the slide-in
  const before = (await invitation.boundingBox())!;
  expect(before.y + before.height).toBeGreaterThan(600); // bottom-right, over the Send button
  await page.locator('#under').focus();
  const after = (await invitation.boundingBox())!;
  const under = (await page.locator('#under').boundingBox())!;
  expect(after.y).toBeLessThan(100); // moved to the top
  expect(after.y + after.height).toBeLessThan(under.y);
  await page.getByLabel('Message').focus();
  expect((await invitation.boundingBox())!.y).toBe(before.y); // and back home
});

test.describe('in a sandboxed iframe (an opaque origin: localStorage throws, Web Locks are denied)', () => {
  // The frame's origin is "null", so reaching 127.0.0.1 from it needs this here; on a public site it would not.
  test.use({ permissions: ['local-network-access'] });

  test('Candor throws nothing into the page, and the questions open and go on (no form submission, which the sandbox blocks)', async ({ page, site }) => {
    app(site);
    const errors = await watchForTrouble(page);
    // Nothing partial is sent on closing: this collector does not accept the frame's origin "null".
    const inner = productPage({ attributes: `data-endpoint="${site.endpoint}" data-min-page-views="1" data-delay-ms="0" data-send-partial="false"` });
    const srcdoc = inner.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    await page.goto(site.serve('/sandboxed', { body: `<!doctype html><title>host</title><iframe sandbox="allow-scripts" srcdoc="${srcdoc}" width="900" height="700"></iframe>` }));
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('button', { name: 'Share your thoughts' })).toBeVisible();
    await page.waitForTimeout(1500); // past the idle moment where Candor counts the page view under the tabs' lock
    await frame.getByRole('button', { name: 'Share your thoughts' }).click();
    const dialog = frame.locator('candor-widget').getByRole('dialog');
    await dialog.getByRole('textbox').fill('Planning dinners');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByText('Question 2 of 4')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(frame.locator('candor-widget')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
