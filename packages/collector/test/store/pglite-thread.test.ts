import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteThread } from '../../src/store/pglite-thread.js';
import { queuedSqlClient } from '../../src/store/queued-sql-client.js';
import { pgliteThreadStore } from '../../src/store/pglite-store.js';
import type { SqlClient } from '../../src/store/sql-client.js';
import { builtPgliteWorker } from '../helpers/built-pglite-worker.js';
import { openTestDatabase } from '../helpers/open-test-store.js';
import { freshSubmission } from '../helpers/fresh-submission.js';

let workerFile: string;
let snapshot: Uint8Array<ArrayBuffer>;
let client: SqlClient;

/** A statement that keeps the database busy for a while (a few hundred milliseconds here). */
const SLOW = 'select count(*)::int as n from generate_series(1, 2000000) g where g % 7 = 3';

beforeAll(async () => {
  workerFile = await builtPgliteWorker();
  const db = await openTestDatabase();
  snapshot = new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
  await db.close();
  client = queuedSqlClient(await openPgliteThread({ workerFile, snapshot }));
  await client.exec('create table items (n int not null)');
});
afterAll(async () => {
  await client?.close();
});

describe('the embedded database in a worker thread', () => {
  it('answers queries, with parameters and typed rows', async () => {
    const { rows } = await client.query<{ n: number; t: Date; s: string }>(`select $1::int + 1 as n, timestamptz '2026-01-02T03:04:05Z' as t, $2::text as s`, [41, 'ok']);
    expect(rows).toEqual([{ n: 42, t: new Date('2026-01-02T03:04:05Z'), s: 'ok' }]);
  });

  it('keeps this thread free while a query runs there: a timer set after the query started fires before it ends', async () => {
    const order: string[] = [];
    const query = client.query(SLOW).then(() => order.push('query'));
    await new Promise((resolve) => setTimeout(resolve, 1));
    order.push('timer');
    await query;
    expect(order).toEqual(['timer', 'query']);
  });

  it('carries an error back with its PostgreSQL code and message, and goes on serving', async () => {
    const failure = await client.query('select 1 / 0').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ message: 'division by zero', code: '22012' });
    const missing = await client.query('select * from no_such_table').catch((error: unknown) => error);
    expect(missing).toMatchObject({ message: 'relation "no_such_table" does not exist', code: '42P01' });
    expect((await client.query<{ ok: number }>('select 1 as ok')).rows).toEqual([{ ok: 1 }]);
  });

  it('runs a transaction alone: a read sent while it is open sees none or all of its rows', async () => {
    await client.exec('delete from items');
    const transaction = client.transaction(async (tx) => {
      await tx.query('insert into items values (1)');
      await new Promise((resolve) => setTimeout(resolve, 50)); // work outside the database, mid-transaction
      await tx.query('insert into items values (2)');
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const seen = (await client.query<{ n: number }>('select count(*)::int as n from items')).rows[0]!.n;
    await transaction;
    expect(seen).toBe(2);
  });

  it('rolls a transaction back when its work throws, and hands the error on', async () => {
    await client.exec('delete from items');
    const failed = client.transaction(async (tx) => {
      await tx.query('insert into items values (3)');
      throw new Error('changed my mind');
    });
    await expect(failed).rejects.toThrow('changed my mind');
    expect((await client.query('select * from items')).rows).toEqual([]);
  });

  it('rolls back a transaction whose statement failed, with the database error', async () => {
    const failed = client.transaction(async (tx) => {
      await tx.query('insert into items values (4)');
      await tx.query('insert into items values (null)');
    });
    await expect(failed).rejects.toMatchObject({ code: '23502' });
    expect((await client.query('select * from items')).rows).toEqual([]);
  });

  it('serves a write queued behind reads before them: a post waits for the running statement only', async () => {
    const order: string[] = [];
    const running = client.query(SLOW).then(() => order.push('slow read'));
    const queuedRead = client.query('select count(*) from items').then(() => order.push('queued read'));
    const write = client.query('insert into items values (5)').then(() => order.push('write'));
    await Promise.all([running, queuedRead, write]);
    expect(order).toEqual(['slow read', 'write', 'queued read']);
  });
});

describe('closing the embedded database in a worker thread', () => {
  it('finishes what was queued, then refuses more, saying the database is closed', async () => {
    const own = queuedSqlClient(await openPgliteThread({ workerFile, snapshot }));
    const queued = own.query<{ n: number }>('select 7 as n');
    await own.close();
    expect((await queued).rows).toEqual([{ n: 7 }]);
    await expect(own.query('select 1')).rejects.toThrow('The embedded database is closed');
    await expect(own.transaction(async (tx) => tx.query('select 1'))).rejects.toThrow('The embedded database is closed');
  });

  it('says why when the database cannot open', async () => {
    await expect(openPgliteThread({ workerFile, snapshot: new Uint8Array([1, 2, 3]) })).rejects.toThrow();
  });
});

describe('the answer store on the embedded database in a worker thread', () => {
  it('stores, deduplicates and lists submissions as the store in this thread does', async () => {
    const store = await pgliteThreadStore({ workerFile, snapshot });
    try {
      const submission = freshSubmission();
      expect(await store.insert([submission])).toEqual({ stored: [submission.id], duplicates: [], conflicts: [] });
      expect(await store.insert([submission])).toEqual({ stored: [], duplicates: [submission.id], conflicts: [] });
      const { total, items } = await store.list({ limit: 10, offset: 0 });
      expect(total).toBe(1);
      expect(items[0]).toMatchObject({ id: submission.id, answers: submission.answers });
    } finally {
      await store.close();
    }
  });
});
