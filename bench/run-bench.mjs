// `npm run bench`: Candor beside Sentry's feedback widget and PostHog surveys, on this machine.
// Prints bytes (as built with the same settings), main-thread cost on a blank local page in
// Chromium (medians over BENCH_ROUNDS loads, default 15), and the cost of flushing 1,000 pending
// submissions to the local collector. Figures are printed, never asserted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCollector } from '@candor/collector';
import { buildContenders, measure } from './build-contenders.mjs';
import { startBenchServer } from './bench-server.mjs';
import { flushBench } from './flush-bench.mjs';
import { median, timePages } from './page-timing.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const kb = (n) => (n / 1024).toFixed(2);
const widgetDist = fileURLToPath(new URL('../packages/widget/dist/', import.meta.url));

console.log(`Candor bench, ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, node ${process.version}\n`);

const built = await buildContenders();
const scriptTag = Object.fromEntries(['candor.js', 'candor-ui.js', 'candor-delivery.js'].map((f) => [f, measure(readFileSync(widgetDist + f))]));
console.log('Bytes (KiB) a page view loads before any lazy chunk: raw / gzip / brotli');
for (const [f, s] of Object.entries(scriptTag)) console.log(`  script tag ${f.padEnd(20)} ${kb(s.raw).padStart(8)} ${kb(s.gzip).padStart(8)} ${kb(s.brotli).padStart(8)}`);
for (const [name, c] of Object.entries(built)) {
  console.log(`  ${name.padEnd(31)} ${kb(c.size.raw).padStart(8)} ${kb(c.size.gzip).padStart(8)} ${kb(c.size.brotli).padStart(8)}   ${c.label}`);
  if (c.lazyFiles) console.log(`  ${''.padEnd(31)} + ${c.lazyFiles} lazy chunks, ${kb(c.lazy.brotli)} KiB brotli, loaded only when needed`);
}

const collector = await startCollector({ origins: ['*'], rateLimit: 0 });
const server = await startBenchServer({ endpoint: `${collector.url}/v1/answers` });
try {
  const urls = {
    blank: `${server.url}/blank.html`,
    'candor (script tag)': `${server.url}/candor-script.html`,
    'candor (tag, auto)': `${server.url}/candor-script-auto.html`,
    'browser floor': `${server.url}/browser-floor.html`,
    ...Object.fromEntries(Object.keys(built).map((n) => [n, `${server.url}/c/${n}.html`])),
  };
  console.log(`\nMain thread on a blank local page, ${rounds} cold loads each (medians; min-max), above the blank page:`);
  const samples = await timePages(urls, rounds);
  const stat = (name, key) => median(samples[name].map((s) => s[key]));
  const base = { script: stat('blank', 'script'), task: stat('blank', 'task'), layout: stat('blank', 'layout') };
  const rows = {};
  for (const name of Object.keys(urls).filter((n) => n !== 'blank')) {
    const scripts = samples[name].map((s) => s.script - base.script);
    rows[name] = { script: median(scripts), task: stat(name, 'task') - base.task };
    console.log(
      `  ${name.padEnd(22)} script ${median(scripts).toFixed(2).padStart(6)} ms (${Math.min(...scripts).toFixed(2)}-${Math.max(...scripts).toFixed(2)})` +
        `  all tasks ${(stat(name, 'task') - base.task).toFixed(2).padStart(6)} ms  layout+style ${(stat(name, 'layout') - base.layout).toFixed(2)} ms` +
        `  long tasks ${stat(name, 'longTasks')}  layout shift ${stat(name, 'layoutShift').toFixed(3)}  requests ${stat(name, 'requests')}  bytes ${Math.round(stat(name, 'bytes'))}`,
    );
  }
  for (const peer of ['sentry-feedback', 'posthog-surveys']) {
    for (const candor of ['candor (script tag)', 'candor (tag, auto)', 'candor']) {
      console.log(`  ${candor} / ${peer}: script time x${(rows[candor].script / rows[peer].script).toFixed(2)}, bytes (brotli) x${((candor === 'candor' ? built.candor.size.brotli : scriptTag['candor.js'].brotli) / built[peer].size.brotli).toFixed(3)}`);
    }
  }

  console.log('\nFlushing 1,000 pending submissions to the local collector (embedded store):');
  for (const batch of [1, 20]) {
    const r = await flushBench(server.url, 1000, batch);
    console.log(`  batchSize ${String(batch).padStart(2)}: ${r.ms} ms, ${r.requests} requests, ${r.idbOpsPerSubmission.toFixed(2)} IndexedDB operations per submission`);
  }
} finally {
  await server.close();
  await collector.close();
}
