// The results app (#15) in Chromium, on a collector holding the demo's sample survey and one
// answer with a follow-up, and counted moments of the funnel (#16): sign in (no token in any URL),
// filter, read the follow-up under its answer, download both CSVs, open the report file, sign out;
// the funnel view shows the counts posted; axe on every view, light and dark.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startCollector, type RunningCollector } from '@candor/collector';
import type { Submission } from '@candor/protocol';
// @ts-expect-error: a plain ES module without types, shared with `npm start`.
import { loadSampleData, SAMPLE_SURVEY_ID } from '../../scripts/demo-sample-data.mjs';

const TOKEN = 'e2e-results-token';
const HOPE = 'If you could wave a magic wand, what would AI do for you?';
const ANSWER = 'Handle the paperwork so I can teach my daughter to sail';
const FOLLOW_UP = 'Seeing her steer the boat on her own.';

/** `n` counted moments of one kind, for a survey, in a language, brought up by `trigger`. */
const moments = (n: number, event: string, surveyId: string, locale: string, trigger = 'delay') =>
  Array.from({ length: n }, () => ({ event, surveyId, surveyVersion: '3', locale, trigger, date: new Date().toISOString().slice(0, 10), sampleRate: 1 }));
const SAMPLE_EVENTS = [
  ...moments(30, 'invited', SAMPLE_SURVEY_ID, 'en'), ...moments(12, 'opened', SAMPLE_SURVEY_ID, 'en'), ...moments(9, 'declined', SAMPLE_SURVEY_ID, 'en'),
  ...moments(10, 'started', SAMPLE_SURVEY_ID, 'en'), ...moments(7, 'finished', SAMPLE_SURVEY_ID, 'en'),
  ...moments(12, 'invited', SAMPLE_SURVEY_ID, 'es'), ...moments(4, 'opened', SAMPLE_SURVEY_ID, 'es'), ...moments(3, 'started', SAMPLE_SURVEY_ID, 'es'), ...moments(2, 'finished', SAMPLE_SURVEY_ID, 'es'),
];
const LIVE_EVENTS = [
  ...moments(4, 'invited', 'live-demo', 'en-GB'), ...moments(1, 'declined', 'live-demo', 'en-GB'), ...moments(3, 'opened', 'live-demo', 'en-GB'),
  ...moments(1, 'opened', 'live-demo', 'en-GB', 'open'), ...moments(3, 'started', 'live-demo', 'en-GB'), ...moments(2, 'finished', 'live-demo', 'en-GB'),
];

const test = base.extend<{}, { collector: RunningCollector }>({
  collector: [
    async ({}, use) => {
      // Rate limits off: one client here makes many reads a second.
      const collector = await startCollector({ adminToken: TOKEN, rateLimit: 0, themes: { classifyIntervalMs: 3_600_000 } });
      await loadSampleData(collector.url, TOKEN);
      const mine: Submission = {
        id: crypto.randomUUID(),
        protocolVersion: 1,
        surveyId: 'live-demo',
        surveyVersion: '3',
        answers: [{ questionId: 'hope', prompt: HOPE, text: ANSWER, followUp: { prompt: 'What would realising that make possible for you?', text: FOLLOW_UP, source: 'fixed' } }],
        questionOrder: ['hope'],
        locale: 'en-GB',
        createdAt: new Date().toISOString(),
        partial: false,
        sampleRate: 1,
        context: { path: '/chat', trigger: 'open', metadata: { plan: 'team' } },
        respondentId: 'e2e-person',
        consent: { quotes: true },
        redactions: { email: 1 },
      };
      const posted = await fetch(`${collector.url}/v1/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mine) });
      expect(posted.status).toBe(200);
      // Counted moments (#16), as the widget's beacon sends them: the sample survey's, and the live demo's for the funnel check.
      for (const events of [SAMPLE_EVENTS, LIVE_EVENTS]) {
        const counted = await fetch(`${collector.url}/v1/events`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify({ protocolVersion: 1, events }) });
        expect(counted.status).toBe(200);
      }
      await use(collector);
      await collector.close();
    },
    { scope: 'worker' },
  ],
});

async function signIn(page: Page, token = TOKEN) {
  await page.getByLabel('Admin token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Every WCAG 2.0–2.2 A and AA rule axe has, on the whole page. */
async function axe(page: Page, what: string) {
  await page.waitForTimeout(300); // charts drawn, colours settled
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(results.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(5);
}

test('sign in, filter, read a follow-up, download both CSVs and the report, sign out', async ({ page, collector }, testInfo) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));

  // A shared link to a filtered view: the app asks to sign in first, then opens it.
  await page.goto(`${collector.url}/answers?survey=live-demo`);
  await expect(page.getByRole('heading', { name: 'Sign in to see your results' })).toBeVisible();
  await signIn(page, 'not-the-token');
  await expect(page.getByRole('alert')).toHaveText('That token is not the right one. Check it and try again.');
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Answers' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('?survey=live-demo');
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'candor_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

  // Filter: a search, applied into the URL.
  await page.getByRole('searchbox', { name: 'Search answers' }).fill('daughter');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/q=daughter/);
  const card = page.getByRole('article').filter({ hasText: ANSWER });
  await expect(card).toHaveCount(1);

  // The follow-up sits under its answer, with what came with the submission.
  const answer = card.getByRole('listitem').filter({ hasText: HOPE });
  await expect(answer.getByText('Follow-up: What would realising that make possible for you?')).toBeVisible();
  await expect(answer.getByText(FOLLOW_UP)).toBeVisible();
  await card.getByText('Details').click();
  await expect(card.getByText('1 email address')).toBeVisible();
  await expect(card.getByText('team', { exact: true })).toBeVisible();

  // A filter that cannot apply says why, on screen.
  await page.goto(`${collector.url}/answers?survey=live-demo&from=last-week`);
  await expect(page.getByRole('alert')).toContainText('The “From” filter cannot be applied');
  await expect(page.getByLabel('From')).toHaveAttribute('aria-invalid', 'true');

  // Both CSVs, for the filter in force.
  await page.goto(`${collector.url}/downloads?survey=live-demo`);
  const [submissions] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download submissions' }).click()]);
  expect(submissions.suggestedFilename()).toMatch(/^candor-submissions-\d{4}-\d\d-\d\d\.csv$/);
  const perSubmission = (await readFile((await submissions.path())!, 'utf8')).trim().split('\r\n');
  expect(perSubmission).toHaveLength(2);
  expect(perSubmission[0]).toContain('"hope: follow-up answer"');
  expect(perSubmission[1]).toContain(FOLLOW_UP);
  const [answers] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download answers' }).click()]);
  const perAnswer = (await readFile((await answers.path())!, 'utf8')).trim().split('\r\n');
  expect(perAnswer[0]).toContain('"follow_up_answer"');
  expect(perAnswer[1]).toContain(ANSWER);

  // The report of the sample survey: one file that opens on its own.
  await page.goto(`${collector.url}/downloads?survey=${SAMPLE_SURVEY_ID}`);
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the report' }).click()]);
  expect(report.suggestedFilename()).toMatch(/^candor-report-sample-ai-assistant-study-\d{4}-\d\d-\d\d\.html$/);
  const reportPage = await page.context().newPage();
  const fetched: string[] = [];
  reportPage.on('request', (request) => fetched.push(request.url()));
  const saved = testInfo.outputPath(report.suggestedFilename());
  await report.saveAs(saved);
  await reportPage.goto(`file://${saved}`);
  await expect(reportPage.getByRole('heading', { level: 1 })).toHaveText(`What people told us: ${SAMPLE_SURVEY_ID}`);
  await expect(reportPage.getByRole('heading', { name: 'How the answers were gathered' })).toBeVisible();
  await expect(reportPage.getByRole('heading', { name: 'Who was asked and who answered' })).toBeVisible();
  // The sample data's own counts (605 invited, 160 of them answered) and the 42 and 9 posted above.
  await expect(reportPage.getByText('Of 647 invitations, 169 were answered: 26% (23% to 30%).')).toBeVisible();
  await expect(reportPage.getByRole('heading', { name: 'In their own words' })).toBeVisible();
  await expect(reportPage.locator('figure.quote').first()).toBeVisible();
  expect(fetched.filter((url) => !url.startsWith('file:'))).toEqual([]);
  await reportPage.close();

  // Sign out: the session ends, and the views ask to sign in again.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to see your results' })).toBeVisible();
  await page.goto(`${collector.url}/themes`);
  await expect(page.getByRole('heading', { name: 'Sign in to see your results' })).toBeVisible();

  // The token travelled in no URL.
  expect(urls.filter((url) => url.includes(TOKEN))).toEqual([]);
});

test('the funnel view shows the moments that were counted, and the rates they give', async ({ page, collector }) => {
  await page.goto(`${collector.url}/funnel?survey=live-demo`);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Who answered', level: 1 })).toBeVisible();

  await expect(page.getByRole('region', { name: 'Response rate' })).toContainText('Of 4 invitations, 2 were answered: 50% (15% to 85%).');
  const moments = page.getByRole('region', { name: 'Each moment, counted' });
  const count = (moment: string) => moments.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${moment}`) }) }).getByRole('cell');
  await expect(count('Invited')).toHaveText(['4']);
  await expect(count('Declined')).toHaveText(['1']);
  // Opened from the product's own button too: more openings than invitations.
  await expect(count('Opened')).toHaveText(['4']);
  await expect(count('Finished')).toHaveText(['2']);
  await expect(page.getByRole('region', { name: 'How these are counted' })).toContainText('Moments, not people.');

  // A day on which nothing was counted: the empty state, and the day stays in the URL.
  await page.getByLabel('From (UTC day)').fill('2020-01-01');
  await page.getByLabel('To (UTC day)').fill('2020-01-02');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/from=2020-01-01&to=2020-01-02/);
  await expect(page.getByRole('heading', { name: 'Nothing was counted for these filters' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation on any view, in ${scheme}`, async ({ page, collector }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${collector.url}/`);
    await expect(page.getByRole('heading', { name: 'Sign in to see your results' })).toBeVisible();
    await axe(page, 'sign-in');
    await signIn(page);
    const views: [string, string][] = [
      ['/', 'Overview'],
      [`/funnel?survey=${SAMPLE_SURVEY_ID}`, 'Who answered'],
      ['/funnel?survey=nobody-counted-yet', 'Who answered'],
      [`/answers?survey=${SAMPLE_SURVEY_ID}`, 'Answers'],
      [`/themes?survey=${SAMPLE_SURVEY_ID}&theme=time-freedom`, 'Themes'],
      [`/quotes?survey=${SAMPLE_SURVEY_ID}`, 'Quotes'],
      ['/downloads', 'Downloads'],
    ];
    for (const [path, heading] of views) {
      await page.goto(`${collector.url}${path}`);
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      if (path.startsWith('/answers')) await page.getByText('Details').first().click();
      await axe(page, `${path} (${scheme})`);
    }
  });
}

test('the views work at 360 px wide, and by keyboard', async ({ page, collector }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${collector.url}/`);
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  for (const path of ['/', `/funnel?survey=${SAMPLE_SURVEY_ID}`, `/answers?survey=${SAMPLE_SURVEY_ID}`, `/themes?survey=${SAMPLE_SURVEY_ID}`, `/quotes?survey=${SAMPLE_SURVEY_ID}`, '/downloads']) {
    await page.goto(`${collector.url}${path}`);
    await page.waitForTimeout(300);
    // Nothing but the tables (which scroll in their own box) is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, path).toBeLessThanOrEqual(360);
  }

  // Keyboard only: skip to the content, reach a view through the navigation, approve a quote.
  await page.goto(`${collector.url}/quotes?survey=${SAMPLE_SURVEY_ID}`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const waiting = page.getByRole('region', { name: 'Waiting for a decision' });
  const before = Number(await waiting.locator('.badge').first().textContent());
  await waiting.getByRole('button', { name: 'Approve' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(waiting.locator('.badge').first()).toHaveText(String(before - 1));
  await expect(page.getByRole('status').filter({ hasText: 'moved to “Approved for publishing”' })).toHaveCount(1);
});
