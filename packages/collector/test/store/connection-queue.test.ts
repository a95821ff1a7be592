import { describe, expect, it } from 'vitest';
import { connectionQueue, MAX_WRITES_AHEAD_OF_A_READ } from '../../src/store/connection-queue.js';
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
