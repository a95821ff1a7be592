import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { SqlConnection, SqlRequest, SqlRows, SqlTransactionHandle } from './sql-connection.js';

const runOn = async (db: PGlite | Transaction, request: SqlRequest): Promise<SqlRows> => {
  if (request.op === 'exec') {
    await db.exec(request.sql);
    return [];
  }
  return (await db.query<Record<string, unknown>>(request.sql, request.params)).rows;
};

/**
 * A {@link SqlConnection} on a PGlite database in this thread. A transaction is PGlite's own,
 * which holds the database until it ends: nothing else that uses `db` interleaves with it.
 */
export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    run: (request) => runOn(db, request),
    begin() {
      return new Promise<SqlTransactionHandle>((opened, failedToOpen) => {
        let end!: (commit: boolean) => void;
        const ended = new Promise<boolean>((resolve) => (end = resolve));
        let finish!: (error?: unknown) => void;
        const finished = new Promise<void>((resolve, reject) => (finish = (error) => (error === undefined ? resolve() : reject(error))));
        finished.catch(() => {}); // whoever commits or rolls back hears of a failure; nobody else must
        db.transaction(async (tx) => {
          opened({
            run: (request) => runOn(tx, request),
            commit: () => (end(true), finished),
            rollback: () => (end(false), finished),
          });
          if (!(await ended)) await tx.rollback();
        }).then(
          () => finish(),
          (error: unknown) => {
            failedToOpen(error);
            finish(error ?? new Error('the transaction failed'));
          },
        );
      });
    },
    async close() {
      if (!db.closed) await db.close();
    },
  };
}
