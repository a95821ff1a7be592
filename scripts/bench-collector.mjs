// `npm run bench:collector`: how many submissions a second the reference collector sustains, and
// its p99 latency, on the embedded store (PGlite) and on PostgreSQL, one submission a request and
// batched; then a burst of 100,000 submissions, retried on 429/503, checked to be stored exactly.
// Everything runs on 127.0.0.1 and is bounded in time. Needs `npm run build` (the collector's
// dist) and, for PostgreSQL, `bash scripts/install-test-deps.sh` (or CANDOR_BENCH_DATABASE_URL).
//
//   node scripts/bench-collector.mjs [--duration 10] [--connections 50] [--batch 50]
//                                    [--burst 100000] [--stores embedded,postgres]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { burst } from './bench-collector-burst.mjs';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    batch: { type: 'string', default: '50' },
    burst: { type: 'string', default: '100000' },
    stores: { type: 'string', default: 'embedded,postgres' },
  },
});
const DURATION_S = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const BATCH = Number(flags.batch);
const BURST = Number(flags.burst);
const STORES = flags.stores.split(',').map((s) => s.trim());
const TOKEN = 'bench';
const CLI = fileURLToPath(new URL('../packages/collector/dist/cli.js', import.meta.url));
const DATABASE_URL = process.env.CANDOR_BENCH_DATABASE_URL || process.env.CANDOR_TEST_DATABASE_URL || 'postgres://candor:candor@127.0.0.1:5432/candor_test';

if (!existsSync(CLI)) {
  console.error(`bench-collector: ${CLI} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

/** A submission as the widget sends it, with a fresh id; its JSON text. */
const submissionJson = (surveyId) =>
  JSON.stringify({
    id: randomUUID(),
    protocolVersion: 1,
    surveyId,
    surveyVersion: '1',
    answers: [{ questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', text: 'Take the busywork off my plate so I can spend time with my kids.' }],
    questionOrder: ['context', 'hope', 'experience', 'fear'],
    locale: 'en',
    createdAt: new Date().toISOString(),
    partial: false,
    sampleRate: 1,
    context: { path: '/chat', product: 'Bench Assistant' },
  });

/** Starts the built collector in its own process (so the load generator does not share its CPU time slice). */
async function startCollector(db, extraArgs = []) {
  const args = ['--port', '0', '--db', db, '--admin-token', TOKEN, '--rate-limit', '0', '--log-level', 'warn', ...extraArgs];
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '', CANDOR_DB: '' } });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start: ${output}`)), 30_000);
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
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return { url, stop, output: () => output };
}

/** Sustained load for DURATION_S: every request a fresh submission (or a batch of fresh ones). */
async function sustained(url, batchSize) {
  const surveyId = `bench-${batchSize}-${randomUUID()}`;
  const body = () => (batchSize === 1 ? submissionJson(surveyId) : `[${Array.from({ length: batchSize }, () => submissionJson(surveyId)).join(',')}]`);
  const result = await autocannon({
    url: `${url}/v1/answers`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  const ok = result['2xx'];
  return {
    submissionsPerSecond: Math.round((ok * batchSize) / DURATION_S),
    requestsPerSecond: Math.round(ok / DURATION_S),
    p99: result.latency.p99,
    p50: result.latency.p50,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function withPostgresSchema(work) {
  const admin = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${DATABASE_URL.replace(/\/\/[^@/]*@/, '//')} (${error.message}); run \`bash scripts/install-test-deps.sh\` or set CANDOR_BENCH_DATABASE_URL.`);
  }
  const schema = `candor_bench_${randomBytes(5).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  const url = new URL(DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

const line = (store, mode, r) =>
  `${store.padEnd(9)} ${mode.padEnd(16)} ${String(r.submissionsPerSecond).padStart(7)} submissions/s  ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;

async function benchStore(store, db) {
  const collector = await startCollector(db);
  const lines = [];
  try {
    lines.push(line(store, 'single', await sustained(collector.url, 1)));
    console.log(lines.at(-1));
    lines.push(line(store, `batched x${BATCH}`, await sustained(collector.url, BATCH)));
    console.log(lines.at(-1));
  } finally {
    await collector.stop();
  }
  if (BURST > 0) {
    // A fresh collector with a small queue, so the burst meets load shedding (503) and must retry.
    const fresh = await startCollector(db, ['--max-pending', '64']);
    try {
      const result = await burst({ url: fresh.url, token: TOKEN, total: BURST, makeSubmission: submissionJson, deadlineMs: 300_000 });
      lines.push(`${store.padEnd(9)} burst            ${result}`);
      console.log(lines.at(-1));
    } finally {
      await fresh.stop();
    }
  }
  return lines;
}

console.log(`Candor collector benchmark, ${new Date().toISOString().slice(0, 10)}: ${DURATION_S} s per run, ${CONNECTIONS} connections, 127.0.0.1, Node ${process.version}`);
const all = [];
let failed = false;
for (const store of STORES) {
  try {
    if (store === 'embedded') all.push(...(await benchStore('embedded', ':memory:')));
    else if (store === 'postgres') all.push(...(await withPostgresSchema((url) => benchStore('postgres', url))));
    else throw new Error(`unknown store "${store}"; use embedded or postgres`);
  } catch (error) {
    failed = true;
    console.error(`bench-collector (${store}): ${error.message}`);
  }
}
console.log(`\nSummary\n${all.join('\n')}`);
process.exitCode = failed ? 1 : 0;
