// Survey definitions from a URL (issue #17), in Chromium: the widget's `data-survey-url`. The
// definition comes from a server each test controls, on another origin (so CORS, the preflight
// for If-None-Match and the exposed ETag are real), which counts requests and sets ETag and
// Cache-Control. Each test checks what the user sees, what the collector ends up holding, and
// how often the definition was asked for.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { SurveyDefinitionInput } from '@candor/protocol';
import { dialogOf, eventually, expect, pageViews, storedWith, test, widget } from './asking-site.js';

interface DefinitionHost {
  url: string;
  /** What it serves now, and the ETag it serves it with. */
  body: unknown;
  etag: string;
  maxAge: number;
  /** Each GET it answered: the If-None-Match it was sent and the status it gave. */
  gets: { ifNoneMatch: string | undefined; status: number }[];
  close(): Promise<void>;
}

/** A definition server on its own port, for pages from `origin`. */
async function definitionHost(origin: string, body: unknown): Promise<DefinitionHost> {
  const host = { body, etag: `"${randomUUID()}"`, maxAge: 600, gets: [] as DefinitionHost['gets'] };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const cors = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'ETag' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': 'If-None-Match', 'Access-Control-Max-Age': '600' }).end();
    const ifNoneMatch = req.headers['if-none-match'];
    const headers = { ...cors, ETag: host.etag, 'Cache-Control': `max-age=${host.maxAge}` };
    const status = ifNoneMatch === host.etag ? 304 : 200;
    host.gets.push({ ifNoneMatch, status });
    if (status === 304) return void res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(host.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1/surveys/study`;
  return Object.assign(host, { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

const definition = (version: string, prompt: string): SurveyDefinitionInput => ({
  surveyId: 'remote-study',
  version,
  questions: [{ id: 'hope', prompt: { en: prompt, fr: `${prompt} (fr)` } }],
  texts: { en: { thanks: 'Thank you, from the definition' } },
});

/** Opens the questions from the product's button and waits for the first question. */
async function openQuestions(page: Page) {
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  await expect(dialogOf(page).getByRole('textbox')).toBeVisible();
  return dialogOf(page);
}

/** The [candor] console errors of a page. */
function candorErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && message.text().startsWith('[candor]') && errors.push(message.text())));
  return errors;
}

test('five page views that show nothing make no request for the definition', async ({ page, site }) => {
  const host = await definitionHost(site.origin, definition('1', 'What would AI do for you?'));
  await page.goto(site.page(`data-survey-url="${host.url}" data-min-page-views="10"`));
  await expect.poll(() => pageViews(page)).toBe(1);
  for (let view = 2; view <= 5; view++) {
    await page.reload();
    await expect.poll(() => pageViews(page)).toBe(view);
  }
  await page.waitForTimeout(1000);
  await expect(widget(page)).toHaveCount(0);
  expect(host.gets).toEqual([]);
  await host.close();
});

test('open() shows the remote wording, and the posted answer carries that prompt and the definition\'s version', async ({ page, site }) => {
  const prompt = `If AI could do one thing for you, what would it be? ${randomUUID().slice(0, 8)}`;
  const host = await definitionHost(site.origin, definition('7', prompt));
  await page.goto(site.page(`data-survey-url="${host.url}" data-trigger="manual"`));
  const dialog = await openQuestions(page);
  await expect(dialog.getByText(prompt)).toBeVisible();
  const text = `More time with my kids ${randomUUID()}`;
  await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('button', { name: 'Finish' }).click();
  await expect(dialog.getByRole('heading', { name: 'Thank you, from the definition' })).toBeVisible();
  const [stored] = await eventually(() => storedWith(site.plain, text), (found) => found.length === 1);
  expect(stored).toMatchObject({ surveyId: 'remote-study', surveyVersion: '7', locale: 'en', answers: [{ questionId: 'hope', prompt, text }] });
  expect(host.gets).toEqual([{ ifNoneMatch: undefined, status: 200 }]);
  await host.close();
});

test('kept for its max-age without a request; after it, a 304 while unchanged, and a new version is picked up', async ({ page, site }) => {
  const host = await definitionHost(site.origin, definition('1', 'Version one?'));
  host.maxAge = 2;
  const url = site.page(`data-survey-url="${host.url}" data-trigger="manual"`);
  await page.goto(url);
  await expect((await openQuestions(page)).getByText('Version one?')).toBeVisible();

  // Within max-age: the kept definition, no request.
  await page.reload();
  await expect((await openQuestions(page)).getByText('Version one?')).toBeVisible();
  expect(host.gets).toEqual([{ ifNoneMatch: undefined, status: 200 }]);

  // After it, unchanged: revalidated with the ETag, 304, the same wording.
  await page.waitForTimeout(2100);
  await page.reload();
  await expect((await openQuestions(page)).getByText('Version one?')).toBeVisible();
  expect(host.gets[1]).toEqual({ ifNoneMatch: host.etag, status: 304 });

  // A new version published: picked up once max-age has run again.
  const before = host.etag;
  Object.assign(host, { body: definition('2', 'Version two?'), etag: `"${randomUUID()}"` });
  await page.waitForTimeout(2100);
  await page.reload();
  await expect((await openQuestions(page)).getByText('Version two?')).toBeVisible();
  expect(host.gets.slice(2)).toEqual([{ ifNoneMatch: before, status: 200 }]);
  await host.close();
});

test('definition host down: the widget still opens, with the page\'s own questions, and says so once', async ({ page, site }) => {
  const host = await definitionHost(site.origin, definition('1', 'Unreachable?'));
  await host.close();
  const errors = candorErrors(page);
  await page.goto(site.page(`data-survey-url="${host.url}" data-trigger="manual"`));
  const dialog = await openQuestions(page);
  await expect(dialog.getByText('What\'s the last thing you used Acme Assistant for?')).toBeVisible();
  expect(errors).toEqual([expect.stringContaining(`[candor] The survey definition at ${host.url} could not be fetched`)]);
});

test('an invalid definition: exactly one console error naming the field, and the widget opens with the page\'s questions', async ({ page, site }) => {
  const host = await definitionHost(site.origin, { ...definition('1', 'x'), questions: [{ id: 'hope', prompt: 'A prompt without its language' }] });
  const errors = candorErrors(page);
  await page.goto(site.page(`data-survey-url="${host.url}" data-trigger="manual"`));
  const dialog = await openQuestions(page);
  await expect(dialog.getByText('What\'s the last thing you used Acme Assistant for?')).toBeVisible();
  await page.waitForTimeout(500);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('is not valid: questions.0.prompt must be an object of texts by language tag');
  await host.close();
});

test('a definition slower than 3 s: open() goes on with the page\'s questions, and says so once', async ({ page, site }) => {
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', site.origin);
    held.push(res); // never answered
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1/surveys/slow`;
  const errors = candorErrors(page);
  await page.goto(site.page(`data-survey-url="${url}" data-trigger="manual"`));
  const started = Date.now();
  const dialog = await openQuestions(page);
  await expect(dialog.getByText('What\'s the last thing you used Acme Assistant for?')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(6000);
  expect(errors).toEqual([`[candor] The survey definition at ${url} took longer than 3 s. Candor goes on with the options on the page.`]);
  held.forEach((res) => res.destroy());
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
