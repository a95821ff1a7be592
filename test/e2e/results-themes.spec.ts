// The results page's theme chart (issue #9), in Chromium: a collector whose model (a fake
// OpenAI-compatible server over real HTTP) labels answers against the study's codebook, and a
// privacy threshold that hides a theme held by fewer people than it.
import { test, expect } from '@playwright/test';
import { startCollector } from '@candor/collector';
import { startFakeOpenAi } from '../../packages/collector/test/fake-openai.js';
import { pendingSubmission } from './stack.js';

const TOKEN = 'e2e-themes';

test('the results page charts the themes of the hope answers, beside the study, and folds a theme below k', async ({ page }) => {
  const labels: Record<string, string> = { evenings: 'time-freedom', career: 'professional-excellence', business: 'entrepreneurship' };
  const model = await startFakeOpenAi({ labels: (text) => Object.entries(labels).filter(([word]) => text.includes(word)).map(([, id]) => id) });
  const collector = await startCollector({
    adminToken: TOKEN,
    minGroupSize: 3,
    llm: { baseUrl: model.baseUrl, model: 'fake-model' },
    themes: { classifyIntervalMs: 3_600_000 },
  });
  try {
    // 4 people hope for time, 3 for their career, 2 (below k = 3) for a business of their own.
    const texts = [
      ...['my evenings back', 'evenings with my kids', 'free evenings', 'evenings to paint'],
      ...['a better career', 'career growth', 'a career in design'],
      ...['my own business', 'a business that lasts'],
    ];
    const posted = await fetch(`${collector.url}/v1/answers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(texts.map(pendingSubmission)) });
    expect(posted.status).toBe(200);
    const run = await fetch(`${collector.url}/v1/themes/reclassify`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: '{}' });
    expect(run.status).toBe(200);

    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${collector.url}/?token=${TOKEN}`);
    const chart = page.getByRole('figure', { name: /Themes in answers to “hope”/ });
    await expect(chart).toBeVisible();
    await expect(chart).toContainText('Time freedom');
    await expect(chart).toContainText('Professional excellence');
    await expect(chart).not.toContainText('Entrepreneurship'); // 2 people: below the threshold, never shown
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: test.info().outputPath('results-themes.png') }); // looked at by eye; copy in docs/screenshots
  } finally {
    await collector.close();
    await model.close();
  }
});
