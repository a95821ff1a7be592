// Writes the README's screenshots to docs/screenshots/: `npm run screenshots`. Not part of the
// test suite (its own config), so test runs change no file and skip nothing.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test as stackTest, widget } from './stack.js';
import { APP_JS, test as siteTest } from './host-pages.js';

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
