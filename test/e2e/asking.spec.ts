// Research-grade asking (issue #6), where it needs a real browser: one invitation across tabs,
// drafts that survive a reload, Arabic right to left, the purpose screen, Global Privacy Control,
// redaction counted before sending, and withdrawal (more on both in answering-ux.spec.ts). Each
// test checks what the user sees and what the collector ends up holding.
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { dialogOf, eventually, expect, pageViews, reloadAndLetCandorDecide, storedWith, test, widget } from './asking-site.js';

const AUTO = 'data-min-page-views="1" data-delay-ms="0"';
const MANUAL = 'data-trigger="manual"';

/** From the current step to the end: skips what is left (Skip on the last question finishes). */
async function skipToEnd(dialog: Locator) {
  for (;;) {
    const progress = await dialog.getByText(/^Question \d of 4$/).textContent();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    if (progress === 'Question 4 of 4') break;
    await expect(dialog.getByText(progress!)).toHaveCount(0);
  }
  await expect(dialog.getByRole('status')).toHaveText('Your answers were sent. They will help decide what gets built.');
}

/** Opens the questions from the product's button, answers the first one and finishes. */
async function answerFirstAndFinish(page: Page, text: string) {
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = dialogOf(page);
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByText('Question 2 of 4')).toBeVisible();
  await skipToEnd(dialog);
  return dialog;
}

test('two tabs load at the same moment: only one shows the invitation, and a reload of the other does not bring it up', async ({ context, site }) => {
  const url = site.page(AUTO);
  const tabs = [await context.newPage(), await context.newPage()];
  await Promise.all(tabs.map((tab) => tab.goto(url)));
  const invitations = () => Promise.all(tabs.map((tab) => widget(tab).getByRole('region', { name: 'Help shape Acme Assistant' }).count()));
  await expect.poll(async () => (await invitations()).reduce((a, b) => a + b), { message: 'an invitation appears' }).toBeGreaterThan(0);
  await expect.poll(() => pageViews(tabs[0]!), { message: 'both tabs counted their page view' }).toBe(2);
  await tabs[0]!.waitForTimeout(1000); // time enough for a second invitation, were it coming
  const counts = await invitations();
  expect(counts.sort()).toEqual([0, 1]);

  const other = tabs[(await invitations()).indexOf(0)]!;
  const shown = tabs.find((tab) => tab !== other)!;
  await reloadAndLetCandorDecide(other); // within the frequency period (90 days by default)
  await expect(widget(other)).toHaveCount(0);
  await expect(widget(shown).getByRole('region')).toBeVisible();
});

test('questions up in one tab do not come up again in a tab opened meanwhile; once closed there, the next page view may resume them', async ({ context, site }) => {
  const url = site.page(MANUAL);
  const first = await context.newPage();
  await first.goto(url);
  await first.getByRole('button', { name: 'Share your thoughts' }).click();
  await dialogOf(first).getByRole('textbox').fill(`Planning dinners ${randomUUID()}`); // a draft, young

  const second = await context.newPage();
  await second.goto(url);
  await second.waitForTimeout(1500); // past the idle moment where Candor decides, and the UI's load
  await expect(widget(second)).toHaveCount(0);

  // A reload of the first tab lets go of it (and brings the questions back there).
  await first.reload();
  await expect(dialogOf(first).getByText('We kept what you wrote earlier.')).toBeVisible();
  await first.close(); // the tab goes: nothing holds the widget any more
  await second.reload();
  await expect(dialogOf(second).getByText('We kept what you wrote earlier.')).toBeVisible();
});

test('a reload mid-way reopens the questions on the same step with what was typed, and finishing sends one submission with both answers', async ({ page, site }) => {
  const first = `Planning dinners ${randomUUID()}`;
  const second = 'Give me back my evenings with my kids';
  await page.goto(site.page(MANUAL));
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  let dialog = dialogOf(page);
  await dialog.getByRole('textbox').fill(first);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByText('Question 2 of 4')).toBeVisible();
  await dialog.getByRole('textbox').fill(second);

  await page.reload(); // no click: the widget comes back on its own
  dialog = dialogOf(page);
  await expect(dialog.getByText('We kept what you wrote earlier.')).toBeVisible();
  await expect(dialog.getByText('Question 2 of 4')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'If you could wave a magic wand, what would AI do for you?' })).toHaveValue(second);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByRole('textbox')).toHaveValue(first);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('textbox')).toHaveValue(second);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByText('Question 3 of 4')).toBeVisible();
  await skipToEnd(dialog);

  const mine = await storedWith(site.plain, first);
  expect(mine).toHaveLength(1); // the reload sent nothing partial on the side
  expect(mine[0]).toMatchObject({ partial: false, questionOrder: ['context', 'hope', 'experience', 'fear'] });
  expect(mine[0]!.answers.map((a) => [a.questionId, a.text])).toEqual([
    ['context', first],
    ['hope', second],
  ]);
});

test('on an Arabic page the widget speaks Arabic, right to left, in the mirrored corner, and answers record "ar"', async ({ page, site }) => {
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto(site.page(MANUAL, { html: 'lang="ar"' }));
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = widget(page).getByRole('dialog', { name: 'شاركنا رأيك' });
  await expect(dialog.getByText('السؤال 1 من 4')).toBeVisible();
  await expect(widget(page)).toHaveAttribute('dir', 'rtl');
  await expect(widget(page)).toHaveAttribute('lang', 'ar');

  // bottom-right by default means the end of the line: bottom-left, right to left.
  const card = (await dialog.boundingBox())!;
  expect(card.x + card.width).toBeLessThan(1100 / 2);
  expect(card.y + card.height).toBeGreaterThan(720 - 60);

  const box = dialog.getByRole('textbox', { name: 'فيمَ استخدمت Acme Assistant آخر مرة؟' });
  await expect(box).toHaveAttribute('dir', 'auto');
  await box.fill('التخطيط لوجبات العائلة');
  expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // Buttons mirror too: the main action sits at the end of the line, on the left.
  const next = (await dialog.getByRole('button', { name: 'التالي' }).boundingBox())!;
  const skip = (await dialog.getByRole('button', { name: 'تخطي' }).boundingBox())!;
  expect(next.x + next.width).toBeLessThanOrEqual(skip.x);

  const hope = `أن يمنحني وقتًا أطول مع عائلتي ${randomUUID()}`;
  await dialog.getByRole('button', { name: 'التالي' }).click();
  await expect(dialog.getByText('السؤال 2 من 4')).toBeVisible();
  await dialog.getByRole('textbox').fill(hope);
  await dialog.getByRole('button', { name: 'التالي' }).click();
  await dialog.getByRole('button', { name: 'تخطي' }).click();
  await expect(dialog.getByText('السؤال 4 من 4')).toBeVisible();
  await dialog.getByRole('button', { name: 'إنهاء' }).click();
  await expect(dialog.getByRole('status')).toHaveText('تم إرسال إجاباتك. وستساعد في تحديد ما سيتم بناؤه.');

  const [submission] = await storedWith(site.plain, hope);
  expect(submission).toMatchObject({ locale: 'ar' });
  expect(submission!.answers[1]).toMatchObject({ questionId: 'hope', prompt: 'لو كان بإمكانك أن تلوّح بعصا سحرية، فماذا سيفعل الذكاء الاصطناعي من أجلك؟' });
});

test('with data-consent the purpose screen comes first, and the quotes choice is recorded', async ({ page, site }) => {
  await page.goto(site.page(`${MANUAL} data-consent`));
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = dialogOf(page);
  await expect(dialog.getByText('Before you start')).toBeVisible();
  await expect(dialog.getByText('You can withdraw your answers at any time: this device remembers which ones are yours.')).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  const quotes = dialog.getByRole('checkbox', { name: 'You may quote my answers in published findings, without my name or anything that identifies me.' });
  await expect(quotes).not.toBeChecked(); // off unless the user says so
  await quotes.check();
  await dialog.getByRole('button', { name: 'Continue' }).click();

  const text = `Planning dinners ${randomUUID()}`;
  await expect(dialog.getByText('Question 1 of 4')).toBeVisible();
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await skipToEnd(dialog);
  const mine = await storedWith(site.plain, text);
  expect(mine).toHaveLength(1);
  expect(mine[0]!.consent).toEqual({ quotes: true });
});

test('"No thanks" on the purpose screen closes the widget, and no reload brings the invitation back', async ({ page, site }) => {
  // Every page view may invite (no frequency period): only "No thanks" can keep it away.
  await page.goto(site.page(`${AUTO} data-consent data-frequency-days="0"`));
  const invitation = widget(page).getByRole('region', { name: 'Help shape Acme Assistant' });
  await expect(invitation).toBeVisible();
  await reloadAndLetCandorDecide(page);
  await expect(invitation).toBeVisible(); // without a "No thanks", a reload does bring it back

  await invitation.getByRole('button', { name: 'Start' }).click();
  const dialog = dialogOf(page);
  await expect(dialog.getByText('Before you start')).toBeVisible();
  await dialog.getByRole('button', { name: 'No thanks' }).click();
  await expect(widget(page)).toHaveCount(0);

  for (let i = 0; i < 2; i++) {
    await reloadAndLetCandorDecide(page);
    await expect(widget(page)).toHaveCount(0);
  }
});

test('with Global Privacy Control on, no user id is sent; without it, the user id is', async ({ browser, site }) => {
  const url = site.page(`${MANUAL} data-user-id="acct-1"`);
  for (const gpc of [true, false]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (gpc) await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));
    await page.goto(url);
    expect(await page.evaluate(() => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true)).toBe(gpc);
    const text = `GPC ${gpc ? 'on' : 'off'} ${randomUUID()}`;
    await answerFirstAndFinish(page, text);
    const [submission] = await storedWith(site.plain, text);
    expect(submission, `GPC ${gpc}`).toBeDefined();
    if (gpc) expect(submission!.context).not.toHaveProperty('userId');
    else expect(submission!.context.userId).toBe('acct-1');
    expect(await context.cookies()).toEqual([]); // no cookies either way
    await context.close();
  }
});

test('an email and a card number are counted before sending, and only placeholders reach the device and the collector', async ({ page, site }) => {
  const tag = randomUUID();
  await page.goto(site.page(MANUAL));
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = dialogOf(page);
  await dialog.getByRole('textbox').fill(`Email jane.doe@example.com or charge 4111 1111 1111 1111, order 4821937 ${tag}`);
  await expect(dialog.getByRole('status')).toHaveText('Before sending, we’ll remove 1 email address and 1 card number.');
  // The draft kept on the device as the user types is already scrubbed.
  const draft = await page.evaluate(() => localStorage.getItem('candor:draft') ?? '');
  expect(draft).toContain(tag);
  expect(draft).not.toContain('jane.doe@example.com');
  expect(draft).not.toContain('4111');

  await dialog.getByRole('button', { name: 'Next' }).click();
  await skipToEnd(dialog);
  const expected = `Email [email] or charge [card], order 4821937 ${tag}`;
  const mine = await storedWith(site.plain, expected);
  expect(mine).toHaveLength(1);
  expect(mine[0]!.redactions).toEqual({ email: 1, card: 1 });
});

test('"Withdraw my answers" after finishing (confirmed) removes the submission from the collector and says so', async ({ page, site }) => {
  const text = `Withdraw me ${randomUUID()}`;
  await page.goto(site.page(MANUAL));
  const dialog = await answerFirstAndFinish(page, text);
  expect(await eventually(() => storedWith(site.plain, text), (s) => s.length === 1)).toHaveLength(1);

  await dialog.getByRole('button', { name: 'Withdraw my answers' }).click();
  await dialog.getByRole('alertdialog').getByRole('button', { name: 'Withdraw' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Your answers were withdrawn.');
  await expect(dialog.getByRole('button', { name: 'Withdraw my answers' })).toHaveCount(0);
  expect(await storedWith(site.plain, text)).toEqual([]);
});

test('an invitation that becomes due fetches the UI and language chunks at once, and shows nothing until its delay has passed', async ({ page, site }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(site.page('data-min-page-views="1" data-delay-ms="60000"'));
  await expect.poll(() => requested.filter((path) => /candor-(ui|locale-en)\.js$/.test(path)).sort(), { message: 'the UI is prefetched' }).toEqual(['/candor-locale-en.js', '/candor-ui.js']);
  await page.waitForTimeout(500);
  await expect(widget(page)).toHaveCount(0);
});
