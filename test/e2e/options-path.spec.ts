// The script tag's options reach the loader and the runtime by one path (options/read-options.ts):
// what the loader reads on every page view is read exactly as the runtime checks it.
import { APP_JS, expect, productPage, test, watchForTrouble, widget } from './host-pages.js';

test('an empty data-sample-rate gets one console error naming it, instead of silently never inviting', async ({ page, site }) => {
  const errors = await watchForTrouble(page);
  site.serve('/app.js', { body: APP_JS, type: 'text/javascript' });
  const url = site.serve('/empty-sample-rate', { body: productPage({ attributes: `data-endpoint="${site.endpoint}" data-sample-rate="" data-min-page-views="1" data-delay-ms="0"` }) });
  await page.goto(url);
  await expect.poll(() => errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^\[candor\] option "data-sample-rate" must be a number from 0 to 1 \(got ""\)\. Candor will not show or send anything\.$/);
  await page.waitForTimeout(300);
  expect(errors).toHaveLength(1);
  await expect(widget(page)).toHaveCount(0);
});
