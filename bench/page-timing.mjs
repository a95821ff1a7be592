// Loads each contender on the same blank local page in Chromium and reads main-thread cost from
// CDP with threadTicks (CPU time, steadier than wall clock on this machine), long tasks and layout
// shifts from PerformanceObservers, and requests and bytes from the page. A new context per load
// (cold), loads alternating between contenders, one discarded warm-up round. Method:
// shared/BENCHMARKING.md.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

// Long tasks and layout shifts (summed as in CLS: shifts right after user input do not count), from
// observers installed before any page script runs.
const OBSERVERS = `window.__longTasks = 0; window.__shift = 0;
new PerformanceObserver((l) => { window.__longTasks += l.getEntries().length; }).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });`;

async function loadOnce(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(OBSERVERS);
  let requests = 0;
  page.on('request', (r) => r.url() !== url && requests++);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const page_ = await page.evaluate(() => ({
    longTasks: window.__longTasks,
    bytes: performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0),
    layoutShift: window.__shift,
  }));
  await context.close();
  return {
    script: m.ScriptDuration * 1000,
    task: m.TaskDuration * 1000,
    layout: (m.LayoutDuration + m.RecalcStyleDuration) * 1000,
    heap: m.JSHeapUsedSize / 1024,
    longTasks: page_.longTasks,
    layoutShift: page_.layoutShift,
    requests,
    bytes: page_.bytes,
  };
}

export async function timePages(urls, rounds) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const samples = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  try {
    for (let round = 0; round <= rounds; round++) {
      for (const [name, url] of Object.entries(urls)) {
        const sample = await loadOnce(browser, url);
        if (round > 0) samples[name].push(sample); // round 0 warms up
      }
    }
  } finally {
    await browser.close();
  }
  return samples;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
