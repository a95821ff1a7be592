import { randomUUID } from 'node:crypto';
import { answerSurvey, eventually, expect, outboxSize, test, widget } from './stack.js';

const mine0 = (list: { id: string }[]) => list[0]!.id;

/** A product page that starts Candor from code with its own transport (no data-* attributes). */
const transportPage = (endpoint: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
window.Candor=window.Candor||{q:[]};["init","open","close","flush","stats","on","destroy"].forEach(function(m){Candor[m]=Candor[m]||function(){var a=[].slice.call(arguments);return new Promise(function(r){Candor.q.push([m,a,r])})}});
// The team's own client: it fails twice (however the network is), then posts to the collector.
async function transport(batch) {
  const seen = JSON.parse(localStorage.getItem('transport-seen') || '[]');
  seen.push(batch.map((s) => s.id));
  localStorage.setItem('transport-seen', JSON.stringify(seen));
  const attempt = seen.length;
  if (attempt <= 2) return batch.map((s) => ({ id: s.id, status: 'retry', reason: 'attempt ' + attempt + ' refused by our gateway' }));
  try {
    const response = await fetch(${JSON.stringify(endpoint)}, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(batch) });
    return batch.map((s) => ({ id: s.id, status: response.ok ? 'accepted' : 'retry' }));
  } catch (error) {
    return batch.map((s) => ({ id: s.id, status: 'retry', reason: 'offline' }));
  }
}
Candor.init({ endpoint: ${JSON.stringify(endpoint)}, trigger: 'manual', product: 'Acme Assistant', transport: transport });
</script>
<script src="/candor.js" defer></script></head>
<body><button type="button" onclick="Candor.open()">Share your thoughts</button></body></html>`;

// The page is fulfilled by the test, which Chromium's Local Network Access checks treat as not
// loopback: let it reach the collector on 127.0.0.1.
test.use({ permissions: ['local-network-access'] });

test('a custom transport that fails twice, offline and across a reload, delivers the answers exactly once', async ({ context, page, stack }) => {
  const url = `${stack.demoUrl}/transport.html`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: transportPage(`${stack.collectorUrl}/v1/answers`) }));
  const hope = `Through our own client ${randomUUID()}`;
  const mine = async () => (await stack.stored()).filter((s) => s.answers.some((a) => a.text === hope));

  await page.goto(url);
  await page.getByRole('button', { name: 'Share your thoughts' }).click();
  await expect(widget(page).getByRole('dialog')).toBeVisible();
  await context.setOffline(true);
  const dialog = await answerSurvey(page, [null, hope, null, null]);
  await expect(dialog.getByRole('status')).toContainText('saved on this device'); // attempt 1: refused
  await context.setOffline(false);

  // The second attempt (a backoff timer, or the reload's) is refused too; the answers wait on the device.
  await page.reload();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('transport-seen') ?? '[]').length), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await page.evaluate(() => window.dispatchEvent(new Event('online'))); // and the third goes through
  expect(await eventually(mine, (list) => list.length === 1)).toHaveLength(1);
  expect(await eventually(() => outboxSize(page), (n) => n === 0)).toBe(0);

  await page.reload();
  await page.waitForTimeout(500);
  expect(await mine()).toHaveLength(1);
  // Each try carried the one submission: two refused, then delivered. A backoff retry (full
  // jitter: it can come at once) may add a try whose request the reload cut short; the collector
  // still stores it once.
  const seen = await page.evaluate(() => JSON.parse(localStorage.getItem('transport-seen') ?? '[]') as string[][]);
  const id = mine0(await mine());
  expect(seen.length).toBeGreaterThanOrEqual(3);
  expect(seen).toEqual(seen.map(() => [id]));
});
