import { startCollector } from '@candor/collector';
import { answerSurvey } from './stack.js';
import { APP_JS, expect, productPage, test } from './host-pages.js';

test('7. a collector that sends no CORS headers for this site: bounded retries, then failed with a network/CORS reason, and the answers kept on the device', async ({ page, site }) => {
  const stranger = await startCollector({ origins: [] }); // allows no browser origin
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    site.serve('/app.js', { body: APP_JS, type: 'text/javascript' });
    const url = site.serve('/cors', {
      body: productPage({
        attributes: `data-endpoint="${stranger.url}/v1/answers" data-trigger="manual" data-max-attempts="2"`,
        head: `<script>window.__failed = []; addEventListener('DOMContentLoaded', () => Candor.on('failed', (e) => __failed.push(e.reason)));</script>`,
      }),
    });
    await page.goto(url);
    const dialog = await answerSurvey(page, [null, 'Blocked by CORS', null, null]);
    await expect(dialog.getByRole('status')).toContainText('saved on this device'); // attempt 1
    await page.evaluate(() => window.dispatchEvent(new Event('online'))); // attempt 2: the last

    await expect.poll(() => page.evaluate(() => (window as unknown as { __failed: string[] }).__failed)).toEqual([
      expect.stringMatching(/^gave up after 2 attempts: network error \(offline, or the collector refused the connection or CORS\)/),
    ]);
    expect(await page.evaluate(() => (window as unknown as { Candor: { stats(): Promise<unknown> } }).Candor.stats())).toMatchObject({ pending: 0, deadLetter: 1 });
    expect(errors).toEqual([]);
  } finally {
    await stranger.close();
  }
});
