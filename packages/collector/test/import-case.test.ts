import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteThread } from '../src/store/pglite-thread.js';
import { queuedSqlClient } from '../src/store/queued-sql-client.js';
import { runMigrations } from '../src/store/migrations.js';
import { sqlAnswerStore } from '../src/store/sql-answer-store.js';
import type { SqlClient } from '../src/store/sql-client.js';
import type { AnswerStore } from '../src/store/answer-store.js';
import { startCollector, type RunningCollector } from '../src/start-collector.js';
import { builtPgliteWorker } from './helpers/built-pglite-worker.js';
import { openTestDatabase } from './helpers/open-test-store.js';
import { postAnswers } from './helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from './helpers/fresh-submission.js';

// Right after a large import the embedded database is busy for a long while (the theme job goes
// through the backlog). With the database on the server's thread, every request waited for each
// of its statements and the event loop stood still, so load shedding answered 503 to all. In a
// thread of its own, the server keeps answering; posts wait for the statement that is running.

/** A statement that keeps the database busy for seconds. */
const LONG = 'select count(*)::int as n from generate_series(1, 8000000) g where g % 7 = 3';

let client: SqlClient;
let store: AnswerStore;
let collector: RunningCollector;

beforeAll(async () => {
  const db = await openTestDatabase();
  const snapshot = new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
  await db.close();
  client = queuedSqlClient(await openPgliteThread({ workerFile: await builtPgliteWorker(), snapshot }));
  await runMigrations(client);
  store = sqlAnswerStore(client, 'embedded');
  collector = await startCollector({ store, adminToken: 'import-case', themes: { classifyIntervalMs: 3_600_000 } });
});
afterAll(async () => {
  await collector?.close();
  await store?.close();
});

describe('right after a large import, with the embedded database in a thread of its own', () => {
  it('answers what needs no database while the database is busy, then the posts sent meanwhile; none is shed', async () => {
    const surveyId = uniqueSurveyId();
    const imported = await Promise.all(
      Array.from({ length: 10 }, () => postAnswers(collector.url, Array.from({ length: 100 }, () => freshSubmission({ surveyId })))),
    );
    expect(imported.map((reply) => reply.status)).toEqual(Array(10).fill(200));
    const finished: string[] = [];

    const busy = client.query(LONG).then(() => finished.push('database busy'));
    await new Promise((resolve) => setImmediate(resolve));
    const noDatabase = fetch(`${collector.url}/v1/session`).then((response) => {
      finished.push(`no-database request ${response.status}`);
    });
    const post = postAnswers(collector.url, freshSubmission({ surveyId })).then((reply) => {
      finished.push(`post ${reply.status}`);
    });
    await Promise.all([busy, noDatabase, post]);

    expect(finished).toEqual(['no-database request 401', 'database busy', 'post 200']);
    expect((await store.counts({ surveyId })).total).toBe(1_001);
  });
});
