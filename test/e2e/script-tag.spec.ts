import { randomUUID } from 'node:crypto';
import { answerSurvey, deliveryLoaded, eventually, expect, outboxSize, test, widget } from './stack.js';

test('a user answers through the script tag, and the collector stores exactly one submission with those answers', async ({ page, stack }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const hope = `A patient tutor for my daughter ${randomUUID()}`;

  await page.goto(stack.demoUrl);
  const dialog = await answerSurvey(page, ['Planning dinners', hope, null, 'Being manipulated by systems <b>I</b> cannot see']);
  await expect(dialog.getByRole('status')).toHaveText('Your answers were sent. They will help decide what gets built.');

  const mine = (await stack.stored()).filter((s) => s.answers.some((a) => a.text === hope));
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({
    partial: false,
    locale: 'en',
    questionOrder: ['context', 'hope', 'experience', 'fear'],
    context: { path: '/', product: 'Acme Assistant' },
    answers: [
      { questionId: 'context', prompt: "What's the last thing you used Acme Assistant for?", text: 'Planning dinners' },
      { questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', text: hope },
      { questionId: 'fear', text: 'Being manipulated by systems <b>I</b> cannot see' },
    ],
  });

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(widget(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('answers given offline survive a reload and arrive exactly once when the browser is back online', async ({ page, context, stack }) => {
  const hope = `Time with my family ${randomUUID()}`;
  const mine = async () => (await stack.stored()).filter((s) => s.answers.some((a) => a.text === hope));

  await page.goto(stack.demoUrl);
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  await expect(widget(page).getByRole('dialog')).toBeVisible();
  await context.setOffline(true); // the connection drops while the user is answering
  const dialog = await answerSurvey(page, [null, hope, null, null]);
  await expect(dialog.getByRole('status')).toHaveText('Your answers are saved on this device and will be sent when you are back online.');

  // Reload while the collector is still unreachable (going offline blocks the page's own reload,
  // so only the collector's origin is cut off from here on). The page's exit beacon may still get
  // out; either way the answer stays on the device until a normal send confirms it.
  await context.route(`${stack.collectorUrl}/**`, (route) => route.abort('internetdisconnected'));
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Share your thoughts' })).toBeVisible();
  const pending = await outboxSize(page);
  expect(pending).toBe(1);

  // Back online: the browser fires `online`, and Candor delivers.
  await context.unroute(`${stack.collectorUrl}/**`);
  await deliveryLoaded(page);
  await context.setOffline(true);
  await context.setOffline(false);
  expect(await eventually(() => outboxSize(page), (n) => n === 0)).toBe(0);
  expect(await mine()).toHaveLength(1);

  // Another page load sends nothing twice.
  await page.reload();
  await page.waitForTimeout(1000);
  expect(await mine()).toHaveLength(1);
});

test('the demo set up as a study (/study): the purpose screen first, the study’s follow-up after the hope answer, both recorded', async ({ page, stack }) => {
  const hope = `Evenings with my kids ${randomUUID()}`;
  await page.goto(`${stack.demoUrl}/study`);
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = page.locator('candor-widget').getByRole('dialog');
  await expect(dialog.getByText('Before you start')).toBeVisible();
  await dialog.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await dialog.getByRole('button', { name: 'Skip' }).click();
  await dialog.getByRole('textbox').fill(hope);
  await dialog.getByRole('button', { name: 'Next' }).click();
  // The demo collector has no model: the study's own probe comes instead, at once.
  await expect(dialog.getByText('What would realising that make possible for you?')).toBeVisible();
  await dialog.getByRole('textbox').fill('Cooking together');
  await dialog.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < 2; i++) await dialog.getByRole('button', { name: 'Skip' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Your answers were sent. They will help decide what gets built.');

  const mine = await eventually(async () => (await stack.stored()).filter((s) => s.answers.some((a) => a.text === hope)), (found) => found.length > 0);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({
    consent: { quotes: true },
    answers: [{ questionId: 'hope', text: hope, followUp: { prompt: 'What would realising that make possible for you?', text: 'Cooking together', source: 'fixed' } }],
  });
});

test('a page view with nothing to do loads candor.js alone, and the rest comes when the user opens the questions', async ({ page, stack }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(stack.demoUrl); // a first page view: no invitation yet (minPageViews 3), nothing waiting to be sent
  await page.waitForTimeout(1500); // past the idle moment where Candor decides
  expect(requested.filter((path) => path.includes('candor'))).toEqual(['/candor.js']);
  expect(requested.filter((path) => path.startsWith('/v1/'))).toEqual([]);

  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  await expect(page.locator('candor-widget').getByRole('dialog')).toBeVisible();
  expect(new Set(requested.filter((path) => path.includes('candor')))).toEqual(
    new Set(['/candor.js', '/candor-runtime.js', '/candor-ui.js', '/candor-locale-en.js', '/candor-delivery.js']),
  );
});

test('after the click, the UI is fetched while the runtime is still on its way, not after it', async ({ page, stack }) => {
  let releaseRuntime!: () => void;
  const runtimeHeld = new Promise<void>((resolve) => (releaseRuntime = resolve));
  await page.route('**/candor-runtime.js*', async (route) => {
    await runtimeHeld;
    await route.continue();
  });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(stack.demoUrl);
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  await expect.poll(() => requested.includes('/candor-ui.js'), { message: 'the UI is requested before the runtime arrives' }).toBe(true);
  await expect(widget(page)).toHaveCount(0);
  releaseRuntime();
  await expect(widget(page).getByRole('dialog')).toBeVisible();
});
