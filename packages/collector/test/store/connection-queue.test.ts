import { describe, expect, it } from 'vitest';
import { connectionQueue, MAX_AHEAD_OF_BACKGROUND, MAX_WRITES_AHEAD_OF_A_READ } from '../../src/store/connection-queue.js';
import { queuedSqlClient } from '../../src/store/queued-sql-client.js';
import type { SqlConnection, SqlRequest } from '../../src/store/sql-connection.js';
import { statementPriority } from '../../src/store/statement-priority.js';

describe('the queue for the embedded database', () => {
  it('gives the connection to one holder at a time, writes before waiting reads, in arrival order within each', async () => {
    const queue = connectionQueue();
    const first = await queue.acquire('read');
    const order: string[] = [];
    const waiting = [
      queue.acquire('read').then((lease) => (order.push('read 1'), lease.release())),
      queue.acquire('write').then((lease) => (order.push('write 1'), lease.release())),
      queue.acquire('read').then((lease) => (order.push('read 2'), lease.release())),
      queue.acquire('write').then((lease) => (order.push('write 2'), lease.release())),
    ];
    expect(queue.busy).toBe(5);
    first.release();
    await Promise.all(waiting);
    expect(order).toEqual(['write 1', 'write 2', 'read 1', 'read 2']);
    await queue.idle();
    expect(queue.busy).toBe(0);
  });

  it('lets a read through after it has waited through a long run of writes', async () => {
    const queue = connectionQueue();
    const first = await queue.acquire('write');
    const order: string[] = [];
    const waiting = [queue.acquire('read').then((lease) => (order.push('read'), lease.release()))];
    for (let i = 0; i < MAX_WRITES_AHEAD_OF_A_READ + 5; i++) waiting.push(queue.acquire('write').then((lease) => (order.push('write'), lease.release())));
    first.release();
    await Promise.all(waiting);
    expect(order.indexOf('read')).toBe(MAX_WRITES_AHEAD_OF_A_READ);
  });
});

describe('background work on the embedded database (theme labels, statistics)', () => {
  it('waits for the posts and reads waiting, and goes once it has waited through a long run of them', async () => {
    const queue = connectionQueue();
    const first = await queue.acquire('read');
    const order: string[] = [];
    const take = (priority: 'write' | 'read' | 'background', name: string) => queue.acquire(priority).then((lease) => (order.push(name), lease.release()));
    const waiting = [take('background', 'labels'), take('read', 'view'), take('write', 'post')];
    first.release();
    await Promise.all(waiting);
    expect(order).toEqual(['post', 'view', 'labels']);

    order.length = 0;
    const busy = await queue.acquire('write');
    const flood = [take('background', 'labels')];
    for (let i = 0; i < MAX_AHEAD_OF_BACKGROUND + 5; i++) flood.push(take(i % 2 ? 'read' : 'write', 'other'));
    busy.release();
    await Promise.all(flood);
    expect(order.indexOf('labels')).toBe(MAX_AHEAD_OF_BACKGROUND);
  });

  it('is what a transaction asked to run in the background queues as, whatever its first statement', async () => {
    const ran: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const connection: SqlConnection = {
      run: async (request: SqlRequest) => {
        if (request.sql === 'select hold') await held;
        ran.push(request.sql);
        return [];
      },
      begin: async () => ({ run: async (request: SqlRequest) => (ran.push(request.sql), []), commit: async () => {}, rollback: async () => {} }),
      close: async () => {},
    };
    const client = queuedSqlClient(connection);
    const holding = client.query('select hold');
    await new Promise((resolve) => setImmediate(resolve));
    const done = [
      client.transaction((tx) => tx.query('insert into answer_themes values (1)'), { background: true }),
      client.query('select view'),
      client.query('insert into submissions values (1)'),
    ];
    release();
    await Promise.all([holding, ...done]);
    expect(ran).toEqual(['select hold', 'insert into submissions values (1)', 'select view', 'insert into answer_themes values (1)']);
  });
});

describe('which statements count as writes', () => {
  it.each([
    ['select 1', 'read'],
    ['  -- a comment\n  (select 1) union all (select 2)', 'read'],
    ['with x as (select 1) select * from x', 'read'],
    ['with gone as (delete from quote_approvals where true) delete from answer_themes', 'write'],
    ['insert into submissions values (1)', 'write'],
    ['update submissions set withdrawn_at = now()', 'write'],
    ['create index if not exists x on y (z)', 'write'],
    ['begin', 'write'],
  ])('%j is a %s', (sql, priority) => {
    expect(statementPriority(sql)).toBe(priority);
  });
});
