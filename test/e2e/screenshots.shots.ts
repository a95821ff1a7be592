// Writes the README's screenshots to docs/screenshots/: `npm run screenshots`. Not part of the
// test suite (its own config), so test runs change no file and skip nothing.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test as stackTest, widget } from './stack.js';
import { APP_JS, test as siteTest } from './host-pages.js';
import { test as base } from '@playwright/test';
import { startCollector, type RunningCollector } from '@candor/collector';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { loadSampleData, SAMPLE_SURVEY_ID } from '../../scripts/demo-sample-data.mjs';

const out = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

async function openQuestion(page: Page, text: string) {
  await page.getByRole('button', { name: 'Share your thoughts' }).first().click();
  const dialog = widget(page).getByRole('dialog');
  await dialog.getByRole('textbox').fill('Planning a week of family dinners');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('textbox').fill(text);
  await page.waitForTimeout(300);
}

stackTest.describe('screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    stackTest(`desktop, ${scheme}`, async ({ page, stack }) => {
      await page.setViewportSize({ width: 1100, height: 720 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(stack.demoUrl);
      await openQuestion(page, 'Take the admin off my plate so I can spend evenings with my kids.');
      await page.screenshot({ path: out(`desktop-${scheme}`) });
    });
  }

  stackTest('phone, 320 px wide', async ({ browser, stack }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(stack.demoUrl);
    await openQuestion(page, 'A tutor that is patient with my daughter.');
    await page.screenshot({ path: out('mobile-320') });
    await context.close();
  });
});

siteTest.describe('screenshots', () => {

  siteTest('right to left, Arabic questions', async ({ page, site }) => {
    await page.setViewportSize({ width: 1100, height: 720 });
    site.serve('/rtl.js', {
      type: 'text/javascript',
      body: `Candor.init({ endpoint: ${JSON.stringify(site.endpoint)}, trigger: 'manual', locale: 'ar', position: 'bottom-left', product: 'أكمي', questions: [
        { id: 'context', prompt: 'ما آخر شيء استخدمت فيه أكمي؟' },
        { id: 'hope', prompt: 'لو كانت لديك عصا سحرية، ماذا سيفعل الذكاء الاصطناعي من أجلك؟' },
      ] });
      document.getElementById('share').addEventListener('click', () => Candor.open());`,
    });
    await page.goto(
      site.serve('/rtl', {
        body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أكمي</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d1f24}header{display:flex;justify-content:space-between;align-items:center;padding:14px 24px;background:#fff;border-bottom:1px solid #e3e5ea}main{max-width:640px;margin:32px auto;padding:0 24px}button{font:inherit;padding:8px 14px;border-radius:8px;border:1px solid #c9ccd3;background:#fff}</style>
        <script src="/candor.js" defer></script><script src="/rtl.js" defer></script></head>
        <body><header><strong>◆ أكمي</strong><button type="button" id="share">شاركنا رأيك</button></header>
        <main><p>ساعدني في التخطيط لوجبات عشاء الأسبوع لعائلة من أربعة أفراد.</p><p>بالتأكيد. إليك خطة تعيد استخدام المكونات لتبسيط التسوق.</p></main></body></html>`,
      }),
    );
    await page.getByRole('button', { name: 'شاركنا رأيك' }).click();
    const dialog = widget(page).getByRole('dialog');
    await dialog.getByRole('textbox').fill('التخطيط لوجبات العائلة');
    await dialog.getByRole('button', { name: 'التالي' }).click();
    await dialog.getByRole('textbox').fill('أن يمنحني وقتًا أطول مع عائلتي');
    await page.waitForTimeout(300);
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: out('rtl-arabic') });
  });
});

siteTest.describe('screenshots', () => {
  // The widget's own Arabic (strings and the study's questions), from the page's lang alone, in its default corner.
  siteTest('Arabic page, the question card right to left', async ({ page, site }) => {
    await page.setViewportSize({ width: 1100, height: 720 });
    site.serve('/app.js', { body: APP_JS, type: 'text/javascript' });
    await page.goto(
      site.serve('/question-arabic-rtl', {
        body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أكمي</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d1f24}header{display:flex;justify-content:space-between;align-items:center;padding:14px 24px;background:#fff;border-bottom:1px solid #e3e5ea}main{max-width:640px;margin:32px auto;padding:0 24px}button{font:inherit;padding:8px 14px;border-radius:8px;border:1px solid #c9ccd3;background:#fff}</style>
        <script src="/candor.js" data-endpoint="${site.endpoint}" data-product="أكمي" data-trigger="manual" defer></script><script src="/app.js" defer></script></head>
        <body><header><strong>◆ أكمي</strong><button type="button" id="share">شاركنا رأيك</button></header>
        <main><p>ساعدني في التخطيط لوجبات عشاء الأسبوع لعائلة من أربعة أفراد.</p><p>بالتأكيد. إليك خطة تعيد استخدام المكونات لتبسيط التسوق.</p></main></body></html>`,
      }),
    );
    await page.getByRole('button', { name: 'شاركنا رأيك' }).click();
    const dialog = widget(page).getByRole('dialog', { name: 'شاركنا رأيك' });
    await dialog.getByRole('textbox').fill('التخطيط لوجبات العائلة');
    await dialog.getByRole('button', { name: 'التالي' }).click();
    await dialog.getByRole('textbox').fill('أن يمنحني وقتًا أطول مع عائلتي، بدل ساعات من الأعمال الإدارية كل أسبوع.');
    await expect(dialog.getByText('السؤال 2 من 4')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: out('question-arabic-rtl') });
  });
});

// The results app on the demo's sample survey (240 made-up people, six languages).
const resultsTest = base.extend<{}, { results: RunningCollector }>({
  results: [
    async ({}, use) => {
      const collector = await startCollector({ adminToken: 'demo', rateLimit: 0, themes: { classifyIntervalMs: 3_600_000 } });
      await loadSampleData(collector.url, 'demo');
      await use(collector);
      await collector.close();
    },
    { scope: 'worker' },
  ],
});

resultsTest.describe('screenshots', () => {
  const signedIn = async (page: Page, url: string) => {
    await page.goto(`${url}/`);
    await page.getByLabel('Admin token').fill('demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  };
  const shot = async (page: Page, url: string, path: string, name: string, height = 900) => {
    await page.goto(`${url}${path}`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: out(name), clip: { x: 0, y: 0, width: page.viewportSize()!.width, height } });
  };

  resultsTest('results app: overview, themes, answers, quotes, report; light, dark and phone', async ({ browser, results }) => {
    const light = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
    let page = await light.newPage();
    await signedIn(page, results.url);
    await shot(page, results.url, `/?survey=${SAMPLE_SURVEY_ID}`, 'results-overview', 1100);
    await shot(page, results.url, `/themes?survey=${SAMPLE_SURVEY_ID}`, 'results-themes', 1000);
    await shot(page, results.url, `/quotes?survey=${SAMPLE_SURVEY_ID}&locale=en`, 'results-quotes', 900);
    await shot(page, results.url, `/funnel?survey=${SAMPLE_SURVEY_ID}`, 'results-funnel', 1100);
    // The report file, as it opens in a browser (and prints).
    await page.goto(`${results.url}/downloads?survey=${SAMPLE_SURVEY_ID}`);
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the report' }).click()]);
    const saved = resultsTest.info().outputPath('report.html');
    await report.saveAs(saved);
    await page.goto(`file://${saved}`);
    await page.screenshot({ path: out('results-report'), clip: { x: 0, y: 0, width: 1200, height: 1300 }, fullPage: true });
    await light.close();

    const dark = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'dark' });
    page = await dark.newPage();
    await signedIn(page, results.url);
    await page.goto(`${results.url}/answers?survey=${SAMPLE_SURVEY_ID}&locale=en&q=weekends`);
    await page.getByText('Details').first().click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: out('results-answers-dark') });
    await dark.close();

    const phone = await browser.newContext({ viewport: { width: 360, height: 1400 }, deviceScaleFactor: 2, colorScheme: 'light' });
    page = await phone.newPage();
    await signedIn(page, results.url);
    await shot(page, results.url, `/themes?survey=${SAMPLE_SURVEY_ID}`, 'results-phone', 1400);
    await phone.close();
  });

  resultsTest('results app: the survey editor (Questions) with the real widget previewing the draft', async ({ browser, results }) => {
    // Two versions published, so the history has something to show.
    for (const hope of ['If you could wave a magic wand, what would AI do for you?', 'If you could wave a magic wand, what would AI do for you at work?']) {
      const reply = await fetch(`${results.url}/v1/surveys/${SAMPLE_SURVEY_ID}/definitions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer demo' },
        body: JSON.stringify({
          questions: [
            { id: 'hope', prompt: { en: hope, es: 'Si tuvieras una varita mágica, ¿qué haría la IA por ti?' }, followUp: true },
            { id: 'fear', prompt: { en: 'Are there ways AI might be developed that would be contrary to what you hope for or what you value?' } },
          ],
          texts: { en: { inviteTitle: 'Help shape {product}' } },
          rules: { sampleRate: 0.25, delayMs: 8000 },
        }),
      });
      expect(reply.ok).toBe(true);
    }
    const light = await browser.newContext({ viewport: { width: 1200, height: 1100 }, colorScheme: 'light' });
    const page = await light.newPage();
    await signedIn(page, results.url);
    await page.goto(`${results.url}/questions?survey=${SAMPLE_SURVEY_ID}`);
    await expect(page.frameLocator('iframe').getByText('what would AI do for you at work?')).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: out('results-questions') });
    await light.close();
  });
});
