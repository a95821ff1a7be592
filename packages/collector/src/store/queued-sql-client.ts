import type { SqlClient, SqlQueryable } from './sql-client.js';
import type { SqlConnection, SqlRequest, SqlTransactionHandle } from './sql-connection.js';
import { connectionQueue, type ConnectionLease } from './connection-queue.js';
import { statementPriority } from './statement-priority.js';

/** Why a call was refused: the store was closed. */
export const CLOSED_MESSAGE = 'The embedded database is closed';

/**
 * A {@link SqlClient} on one connection that does one thing at a time. Statements queue for the
 * connection, writes before reads (see connection-queue.ts), so an answer being stored waits at
 * most for the statement that is running, not for every read queued before it. A transaction
 * holds the connection from its first statement to its end, so nothing interleaves with it;
 * it queues with the priority of that first statement, or as background work when asked (a
 * transaction that never runs a statement never takes the connection). `close()` lets queued work finish, then refuses more.
 */
export function queuedSqlClient(connection: SqlConnection): SqlClient {
  const queue = connectionQueue();
  let closing: Promise<void> | undefined;
  /** Transactions under way: closing waits for them too, even for those yet to run a statement. */
  const transactions = new Set<Promise<unknown>>();

  const alone = async <T>(sql: string, work: () => Promise<T>): Promise<T> => {
    if (closing) throw new Error(CLOSED_MESSAGE);
    const lease = await queue.acquire(statementPriority(sql));
    try {
      return await work();
    } finally {
      lease.release();
    }
  };

  const run = (request: SqlRequest) => alone(request.sql, () => connection.run(request));

  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => ({ rows: (await run({ op: 'query', sql, params: [...params] })) as T[] }),
    exec: async (sql: string) => {
      await run({ op: 'exec', sql });
    },

    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>, options: { background?: boolean } = {}): Promise<T> {
      if (closing) throw new Error(CLOSED_MESSAGE);
      const running = transactionOn(work, options.background ?? false);
      const settled = running.catch(() => undefined);
      transactions.add(settled);
      void settled.then(() => transactions.delete(settled));
      return running;
    },

    close: () =>
      (closing ??= (async () => {
        while (transactions.size > 0) await Promise.all(transactions);
        await queue.idle();
        await connection.close();
      })()),
  };

  async function transactionOn<T>(work: (tx: SqlQueryable) => Promise<T>, background: boolean): Promise<T> {
    let lease: ConnectionLease | undefined;
    let opened: Promise<SqlTransactionHandle> | undefined;
    let ended = false;
    // The transaction's statements run one after another, in the order they were issued.
    let chain: Promise<unknown> = Promise.resolve();
    const open = (sql: string) =>
      (opened ??= (async () => {
        lease = await queue.acquire(background ? 'background' : statementPriority(sql));
        return connection.begin();
      })());
    const inTransaction = (request: SqlRequest) => {
      if (ended) return Promise.reject(new Error('A statement was sent through a transaction that had already ended'));
      const result = chain.then(async () => (await open(request.sql)).run(request));
      chain = result.catch(() => undefined);
      return result;
    };
    const tx: SqlQueryable = {
      query: async <R>(sql: string, params: readonly unknown[] = []) => ({ rows: (await inTransaction({ op: 'query', sql, params: [...params] })) as R[] }),
      exec: async (sql: string) => {
        await inTransaction({ op: 'exec', sql });
      },
    };
    try {
      const result = await work(tx);
      await chain;
      ended = true;
      if (opened) await (await opened).commit();
      return result;
    } catch (error) {
      await chain;
      ended = true;
      const handle = await opened?.catch(() => undefined);
      await handle?.rollback().catch(() => undefined);
      throw error;
    } finally {
      lease?.release();
    }
  }
}
