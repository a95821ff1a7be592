import { readFile } from 'node:fs/promises';
import { test, expect, ADMIN_TOKEN, pendingSubmission } from './stack.js';

const ATTACK = '<img src=x onerror=alert(1)>';

test.describe('the collector results page', () => {
  test('shows the answers as text, filters them by search, and downloads the exports', async ({ page, stack }) => {
    const surveyId = `results-${crypto.randomUUID()}`;
    const answers = ['Plan my vegetable garden', `Escape this: ${ATTACK}`, 'Translate letters from my grandmother'];
    const submissions = answers.map((text) => ({ ...pendingSubmission(text), surveyId }));
    const posted = await fetch(`${stack.collectorUrl}/v1/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submissions) });
    expect(posted.status).toBe(200);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto(`${stack.collectorUrl}/?token=${ADMIN_TOKEN}&survey=${surveyId}`);

    for (const text of answers) await expect(page.getByText(text, { exact: true })).toBeVisible();
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toEqual([]);

    await page.getByRole('searchbox', { name: 'Search answers' }).fill('GARDEN');
    await page.getByRole('button', { name: 'Filter' }).click();

    await expect(page.getByText('Plan my vegetable garden', { exact: true })).toBeVisible();
    await expect(page.getByText('Translate letters from my grandmother')).toHaveCount(0);
    await expect(page.getByText(ATTACK, { exact: false })).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search answers' }).fill('');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByText(`Escape this: ${ATTACK}`, { exact: true })).toBeVisible();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^candor-answers-\d{4}-\d\d-\d\d\.csv$/);
    const csvText = await readFile((await csv.path())!, 'utf8');
    for (const text of answers) expect(csvText).toContain(text);
    expect(csvText.trim().split('\r\n')).toHaveLength(1 + answers.length);

    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download JSONL' }).click()]);
    const lines = (await readFile((await jsonl.path())!, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string });
    expect(lines.map((s) => s.id).sort()).toEqual(submissions.map((s) => s.id).sort());
    expect(dialogs).toEqual([]);
  });
});
