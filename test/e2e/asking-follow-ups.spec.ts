// Interviewer follow-ups (issue #9) in a real browser: the widget asks the collector's
// POST /v1/probe, which asks a fake OpenAI-compatible server over real HTTP on localhost. A
// model's follow-up appears as an extra step and is recorded; when there is no model, it fails,
// answers garbage or is too slow, or the device is offline, the study's fixed probe appears
// instead, quickly and without an error.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import type { FakeReply } from '../../packages/collector/test/fake-openai.js';
import { dialogOf, expect, storedWith, test, type AskingSite, type Collector } from './asking-site.js';

const HOPE = 'If you could wave a magic wand, what would AI do for you?';
/** The study's fixed probe after the hope question (locales/en.ts). */
const FIXED_HOPE_PROBE = 'What would realising that make possible for you?';
/**
 * The collector's own wait for the model governs (its --llm-timeout, 2,500 ms by default): it then
 * answers without a follow-up, and the widget (which waits up to 10 s for that answer) asks the
 * fixed one. Allow a second for the network, the click and the paint.
 */
const MOST_WAIT_MS = 2500 + 1000;

test.beforeEach(({ site }) => site.model.reset());

/** Records page errors and console errors (a failed probe must not surface as one). */
function trouble(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/**
 * Opens the questions with one follow-up allowed, answers the first two, and clicks Next on the
 * hope answer. Resolves once the follow-up step is up, with how long the user waited for it.
 */
async function answerHope(page: Page, site: AskingSite, endpoint: Collector, hope: string, before?: (context: BrowserContext) => Promise<void>) {
  await page.goto(site.page('data-trigger="manual" data-follow-ups="1"', { endpoint }));
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  const dialog = dialogOf(page);
  await dialog.getByRole('textbox').fill('Planning dinners');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('textbox', { name: HOPE }).fill(hope);
  await before?.(page.context());
  const start = Date.now();
  await dialog.getByRole('button', { name: 'Next' }).click();
  // Polled on every frame in the page, so the time measured is the user's wait, not a poll interval.
  await page.waitForFunction(() =>
    [...(document.querySelector('candor-widget')?.shadowRoot?.querySelectorAll('.note') ?? [])].some((n) => n.textContent === 'A follow-up (optional)'),
  );
  const waited = Date.now() - start;
  await expect(dialog.getByText('Question 2 of 4')).toBeVisible(); // still the hope question's step
  return { dialog, waited };
}

test("a model's follow-up appears after the hope answer, is sent the redacted answer, and is recorded with the user's reply", async ({ page, site }) => {
  const question = 'What would having your evenings back let you do?';
  site.model.set({ followUp: question });
  const errors = trouble(page);
  const hope = `Give me back my evenings; write to jane.doe@example.com ${randomUUID()}`;
  const { dialog } = await answerHope(page, site, site.withModel, hope);

  const followUp = dialog.getByRole('textbox', { name: question });
  await expect(followUp).toBeVisible();
  await expect(followUp).toHaveValue('');
  // The model saw the question and the answer as redacted on the device, never the address.
  expect(site.model.requests).toHaveLength(1);
  expect(site.model.requests[0]!.text).toContain('[email]');
  expect(site.model.requests[0]!.text).toContain(HOPE);
  expect(site.model.requests[0]!.text).not.toContain('jane.doe@example.com');

  await followUp.fill('Cook with my kids and read to them');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByText('Question 3 of 4')).toBeVisible();
  await dialog.getByRole('button', { name: 'Skip' }).click();
  // The fear question may be probed too, but one follow-up per submission is the limit here.
  await dialog.getByRole('textbox').fill('Being manipulated by systems I cannot see');
  await dialog.getByRole('button', { name: 'Finish' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/were sent/);
  expect(site.model.requests).toHaveLength(1);

  const stored = `Give me back my evenings; write to [email] ${hope.split(' ').at(-1)}`;
  const [submission] = await storedWith(site.withModel, stored);
  expect(submission).toBeDefined();
  const byId = Object.fromEntries(submission!.answers.map((a) => [a.questionId, a]));
  expect(byId.hope!.followUp).toEqual({ prompt: question, text: 'Cook with my kids and read to them', source: 'model' });
  expect(byId.fear).not.toHaveProperty('followUp');
  expect(submission!.redactions).toEqual({ email: 1 });
  expect(errors).toEqual([]);
});

const fallbacks: [string, (site: AskingSite) => Collector, FakeReply | undefined, ((context: BrowserContext) => Promise<void>) | undefined][] = [
  ['no model is configured', (site) => site.plain, undefined, undefined],
  ['the model answers HTTP 500', (site) => site.withModel, { status: 500 }, undefined],
  ['the model answers malformed JSON', (site) => site.withModel, { raw: '{"choices": [{"message": ' }, undefined],
  ['the model is slower than the timeout', (site) => site.withModel, { delayMs: 6000 }, undefined],
  ['the device is offline', (site) => site.withModel, undefined, (context) => context.setOffline(true)],
];

for (const [when, collector, reply, before] of fallbacks) {
  test(`when ${when}, the study's fixed probe appears within ${MOST_WAIT_MS / 1000} s, without an error, and is recorded as "fixed"`, async ({ page, site }) => {
    if (reply) site.model.next(reply);
    const errors = trouble(page);
    const hope = `Time with my family ${randomUUID()}`;
    const { dialog, waited } = await answerHope(page, site, collector(site), hope, before);
    test.info().annotations.push({ type: 'waited for the follow-up', description: `${waited} ms` });
    expect(waited).toBeLessThan(MOST_WAIT_MS);
    const followUp = dialog.getByRole('textbox', { name: FIXED_HOPE_PROBE });
    await expect(followUp).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    // The model was asked whenever there was one to ask and the device was online.
    expect(site.model.requests).toHaveLength(reply ? 1 : 0);

    await page.context().setOffline(false);
    await followUp.fill('More dinners together');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await dialog.getByRole('button', { name: 'Finish' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/were sent/);
    const [submission] = await storedWith(collector(site), hope);
    expect(submission!.answers.find((a) => a.questionId === 'hope')!.followUp).toEqual({ prompt: FIXED_HOPE_PROBE, text: 'More dinners together', source: 'fixed' });
    expect(errors).toEqual([]);
  });
}

// The collector's --llm-timeout governs how long the person waits, not a shorter limit of the widget's.
for (const [when, collector, delayMs] of [
  ['at the default --llm-timeout (2,500 ms), a model answering in 2.3 s', (site: AskingSite) => site.withModel, 2300],
  ['with --llm-timeout 6000, a model answering in 5 s', (site: AskingSite) => site.patientModel, 5000],
] as const) {
  test(`${when} is waited for: its follow-up is asked and recorded as the model's`, async ({ page, site }) => {
    const question = 'What would that change for you, day to day?';
    site.model.next({ content: question, delayMs });
    const errors = trouble(page);
    const hope = `Time with my family ${randomUUID()}`;
    const { dialog, waited } = await answerHope(page, site, collector(site), hope);
    test.info().annotations.push({ type: 'waited for the follow-up', description: `${waited} ms` });
    expect(waited).toBeGreaterThanOrEqual(delayMs - 100);
    const followUp = dialog.getByRole('textbox', { name: question });
    await expect(followUp).toBeVisible();
    await followUp.fill('More dinners together');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await dialog.getByRole('button', { name: 'Finish' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/were sent/);
    const [submission] = await storedWith(collector(site), hope);
    expect(submission!.answers.find((a) => a.questionId === 'hope')!.followUp).toEqual({ prompt: question, text: 'More dinners together', source: 'model' });
    expect(errors).toEqual([]);
  });
}
