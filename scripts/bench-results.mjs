// `npm run bench:results`: what the results app costs the collector at scale. For each store
// (the embedded one and PostgreSQL) it imports N submissions (default 100,000) in batches, then:
//   - waits for the theme labels (the background job), then times each API call behind the
//     results app's views (p50/p95 over repeated calls),
//   - streams both exports and samples the collector process's memory meanwhile (flat or not),
//   - posts answers at a steady rate while an export or a view runs, and reports their p99,
//   - and watches the first seconds after the import for 503s (load shedding).
// Everything runs on 127.0.0.1, in a collector process of its own, and is bounded in time.
// Figures are printed, never asserted: bytes are checked in CI, timings only measured.
// Needs `npm run build`; for PostgreSQL, `bash scripts/install-test-deps.sh` (a database the role
// may empty: CANDOR_BENCH_DATABASE_URL, default the test database).
//
//   node scripts/bench-results.mjs [--count 100000] [--stores embedded,postgres] [--rounds 20]
//     [--collector path/to/cli.js]  (another build of the collector, default packages/collector/dist)
import { spawn } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { syntheticSubmission } from './bench-results-data.mjs';

const { values: flags } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    stores: { type: 'string', default: 'embedded,postgres' },
    rounds: { type: 'string', default: '20' },
    collector: { type: 'string' },
    'after-import-seconds': { type: 'string', default: '45' },
  },
});
const COUNT = Number(flags.count);
const ROUNDS = Number(flags.rounds);
/** Long enough to cover the first background theme run, which starts 30 s after the first post by default. */
const AFTER_IMPORT_SECONDS = Number(flags['after-import-seconds']);
const STORES = flags.stores.split(',').map((s) => s.trim());
const TOKEN = 'bench';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const CLI = flags.collector ? resolve(flags.collector) : fileURLToPath(new URL('../packages/collector/dist/cli.js', import.meta.url));
const DATABASE_URL = process.env.CANDOR_BENCH_DATABASE_URL || process.env.CANDOR_TEST_DATABASE_URL || 'postgres://candor:candor@127.0.0.1:5432/candor_test';
const SURVEY = 'bench-results';

if (!existsSync(CLI)) {
  console.error(`bench-results: ${CLI} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a');

/** The built collector in a process of its own; its pid, for memory samples. */
async function startCollector(db) {
  const args = ['--port', '0', '--db', db, '--admin-token', TOKEN, '--rate-limit', '0', '--log-level', 'warn'];
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '', CANDOR_DB: '' } });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start: ${output}`)), 60_000);
    child.stdout.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`collector exited with ${code}: ${output}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return { url, pid: child.pid, stop };
}

/** Resident memory of a process in MiB (Linux). */
function rssMiB(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Imports `count` submissions in batches of 100 from 8 senders, retrying 429/503; returns the seconds it took. */
async function importSubmissions(url, count) {
  let next = 0;
  const started = performance.now();
  async function sender() {
    while (next < count) {
      const size = Math.min(100, count - next);
      const batch = Array.from({ length: size }, () => syntheticSubmission(next++, SURVEY));
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(`${url}/v1/answers`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(batch) });
        await response.arrayBuffer();
        if (response.ok) break;
        if (attempt > 50 || ![429, 503].includes(response.status)) throw new Error(`import: ${response.status}`);
        await sleep(500);
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, sender));
  return (performance.now() - started) / 1000;
}

/**
 * For `seconds` after the import: how many plain requests (a page of answers, a post) got a
 * 503, the longest run of seconds in which every one did, and the slowest of them.
 */
async function sheddingAfterImport(url, seconds) {
  let requests = 0;
  let shed = 0;
  let slowest = 0;
  let shedSince;
  let longestShedding = 0;
  let n = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const started = performance.now();
    const response =
      n++ % 2 === 0
        ? await fetch(`${url}/v1/answers?limit=1`, { headers: AUTH })
        : await fetch(`${url}/v1/answers`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(syntheticSubmission(n, 'bench-results-live')) });
    await response.arrayBuffer();
    slowest = Math.max(slowest, performance.now() - started);
    requests++;
    if (response.status === 503) {
      shed++;
      shedSince ??= Date.now();
      longestShedding = Math.max(longestShedding, (Date.now() - shedSince) / 1000);
    } else shedSince = undefined;
    await sleep(100);
  }
  return { requests, shed, longestShedding, slowest };
}

/** A POST that may take minutes (fetch gives up after five): its status. */
function postWithoutTimeout(target, body) {
  return new Promise((resolve, reject) => {
    const request = http.request(target, { method: 'POST', headers: { ...AUTH, 'Content-Type': 'application/json' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** One timed GET; its status and ms. */
async function timed(url, path) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}${path}`, { headers: AUTH, signal: AbortSignal.timeout(120_000) });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started }; // gave up after two minutes
  }
}

/**
 * The API calls behind the results app's views. A call the collector does not have (404) is
 * reported as such, so the table shows what exists today.
 */
const VIEW_CALLS = [
  ['overview', `/v1/overview?survey=${SURVEY}`],
  ['surveys', '/v1/surveys'],
  ['answers, first page', `/v1/answers?survey=${SURVEY}&limit=50`],
  ['answers, search', `/v1/answers?survey=${SURVEY}&q=family&limit=50`],
  ['answers, language', `/v1/answers?survey=${SURVEY}&locale=es&limit=50`],
  ['answers, deep page', `/v1/answers?survey=${SURVEY}&limit=50&offset=50000`],
  ['counts', `/v1/answers/counts?survey=${SURVEY}`],
  ['facets', `/v1/facets?survey=${SURVEY}`],
  ['themes', `/v1/themes?survey=${SURVEY}`],
  ['theme breakdown', `/v1/themes/breakdown?survey=${SURVEY}&question=hope&by=language`],
  ['breakdown by metadata', `/v1/themes/breakdown?survey=${SURVEY}&question=hope&by=metadata&key=plan`],
  ['theme answers', `/v1/themes/answers?survey=${SURVEY}&questionId=hope&theme=time-freedom`],
  ['quotes', `/v1/quotes?survey=${SURVEY}`],
  ['approved quotes', `/v1/quotes?survey=${SURVEY}&status=approved`],
  ['funnel', `/v1/funnel?survey=${SURVEY}`],
  ['report', `/v1/report.html?survey=${SURVEY}`],
];

async function viewCalls(url) {
  const rows = [];
  for (const [name, path] of VIEW_CALLS) {
    const times = [];
    let status = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const result = await timed(url, path);
      status = result.status;
      if (status === 404) break;
      times.push(result.ms);
    }
    times.sort((a, b) => a - b);
    rows.push({ name, status, p50: quantile(times, 0.5), p95: quantile(times, 0.95) });
  }
  return rows;
}

/**
 * Posts one submission every 20 ms (50 a second) until `stop()`; returns each post's latency.
 * The submissions go to another survey, so they do not change what the views read.
 */
function steadyPosts(url) {
  const latencies = [];
  let running = true;
  let n = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${url}/v1/answers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(syntheticSubmission(n++, 'bench-results-live')),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await sleep(Math.max(0, 20 - (performance.now() - started)));
    }
  })();
  return async () => {
    running = false;
    await loop;
    const sorted = [...latencies].sort((a, b) => a - b);
    return { posts: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
  };
}

/** Streams an export; its seconds, megabytes, and the collector's memory before and at its peak. */
async function exportWhileSampling(url, pid, path) {
  const before = rssMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 50);
  const started = performance.now();
  const response = await fetch(`${url}${path}`, { headers: AUTH });
  let bytes = 0;
  if (response.body) for await (const chunk of response.body) bytes += chunk.length;
  clearInterval(sampler);
  return { status: response.status, seconds: (performance.now() - started) / 1000, mb: bytes / 1e6, before, peak };
}

async function emptyPostgres() {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(`select tablename from pg_tables where schemaname = current_schema()`);
  for (const { tablename } of rows) await client.query(`drop table if exists "${tablename}" cascade`);
  await client.end();
}

async function benchStore(store) {
  let db;
  let cleanup = () => {};
  if (store === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'candor-bench-results-'));
    db = dir;
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  } else {
    await emptyPostgres();
    db = DATABASE_URL;
  }
  const collector = await startCollector(db);
  const { url, pid } = collector;
  try {
    console.log(`\n${store === 'embedded' ? 'Embedded store (PGlite)' : 'PostgreSQL'}: importing ${COUNT.toLocaleString('en')} submissions...`);
    const importSeconds = await importSubmissions(url, COUNT);
    const shedding = await sheddingAfterImport(url, AFTER_IMPORT_SECONDS);
    console.log(`  import ${importSeconds.toFixed(1)} s (${Math.round(COUNT / importSeconds).toLocaleString('en')} a second)`);
    console.log(
      `  in the ${AFTER_IMPORT_SECONDS} s after it (background theme labelling starts meanwhile): ${shedding.shed} of ${shedding.requests} requests got 503` +
        `${shedding.shed ? ` (all of them for ${shedding.longestShedding.toFixed(1)} s in a row)` : ''}; slowest answer ${ms(shedding.slowest)}`,
    );

    // The views are timed once every answer has its theme labels: asking for a run waits for the one under way.
    const labelling = performance.now();
    const status = await postWithoutTimeout(`${url}/v1/themes/reclassify`, '{}');
    console.log(`  themes labelled ${((performance.now() - labelling) / 1000 + AFTER_IMPORT_SECONDS).toFixed(0)} s after the import ended (${status})`);

    console.log(`  API calls behind the views (${ROUNDS} rounds each; target p95 <= 300 ms):`);
    for (const row of await viewCalls(url)) {
      const verdict = row.status === 404 ? 'not in this collector yet' : row.status === 0 ? 'no answer in 2 min' : row.status >= 400 ? `HTTP ${row.status}` : row.p95 <= 300 ? 'ok' : 'OVER';
      console.log(`    ${row.name.padEnd(22)} p50 ${ms(row.p50).padStart(8)}   p95 ${ms(row.p95).padStart(8)}   ${verdict}`);
    }

    console.log('  exports (memory: the collector process, before and at its peak), with answers posted at 50 a second meanwhile:');
    for (const path of ['/v1/answers.csv', '/v1/answers.jsonl', `/v1/submissions.csv?survey=${SURVEY}`, `/v1/answers.jsonl?survey=${SURVEY}&locale=ja`]) {
      const stop = steadyPosts(url);
      await sleep(500);
      const result = await exportWhileSampling(url, pid, path);
      const posts = await stop();
      const verdict = posts.p99 <= 100 ? 'ok' : 'OVER';
      console.log(
        `    GET ${path.padEnd(44)} ${result.status} ${result.seconds.toFixed(1)} s, ${result.mb.toFixed(1)} MB; memory ${result.before.toFixed(0)} -> ${result.peak.toFixed(0)} MiB; posts meanwhile: ${posts.posts}, p99 ${ms(posts.p99)} (max ${ms(posts.max)}) ${verdict}`,
      );
    }

    const stop = steadyPosts(url);
    for (let i = 0; i < 3; i++) await viewCalls(url);
    const posts = await stop();
    console.log(`  posts while the views are read over and over: ${posts.posts}, p99 ${ms(posts.p99)} (max ${ms(posts.max)}) ${posts.p99 <= 100 ? 'ok' : 'OVER'}`);
  } finally {
    await collector.stop();
    cleanup();
  }
}

console.log(`Candor results bench, ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
for (const store of STORES) {
  try {
    await benchStore(store);
  } catch (error) {
    console.log(`  ${store}: could not run: ${error instanceof Error ? error.message : error}`);
  }
}
void randomUUID;
