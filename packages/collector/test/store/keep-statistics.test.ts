import { afterAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { pgliteAnswerStore } from '../../src/store/pglite-store.js';
import { keepStatistics } from '../../src/store/keep-statistics.js';
import { queuedSqlClient } from '../../src/store/queued-sql-client.js';
import { pgliteConnection } from '../../src/store/pglite-connection.js';
import { listSql } from '../../src/store/read-sql.js';
import { openTestDatabase } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let db: PGlite | undefined;
afterAll(async () => {
  if (db && !db.closed) await db.close();
});

const estimatedRows = async () => Number((await db!.query<{ n: number }>(`select reltuples as n from pg_class where relname = 'submissions'`)).rows[0]!.n);
const plan = async (surveyId: string) => {
  const { sql, params } = listSql({ surveyId }, 50, 0);
  return (await db!.query<{ 'QUERY PLAN': string }>(`explain ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
};

describe('the embedded store keeps the planner statistics fresh (PGlite has no autovacuum)', () => {
  it('analyzes once the tables have grown past a few hundred rows, again when they double, and not in between', async () => {
    db = await openTestDatabase();
    const store = await pgliteAnswerStore(db);
    const keeper = keepStatistics(queuedSqlClient(pgliteConnection(db)), (error) => {
      throw error;
    });
    const surveyId = uniqueSurveyId();
    const add = (n: number) => store.insert(Array.from({ length: n }, () => freshSubmission({ surveyId })));

    await add(100);
    await keeper.check();
    const small = await estimatedRows();
    await add(700);
    const planBefore = await plan(surveyId);
    await keeper.check();
    const analyzed = await estimatedRows();
    await add(300);
    await keeper.check();
    const notYet = await estimatedRows();
    await keeper.stop();

    expect(small).toBeLessThan(100); // never analyzed: the planner does not know the table's size
    expect(analyzed).toBe(800);
    expect(notYet).toBe(800); // 1,100 rows is not double 800
    // Without statistics every answer of the survey is read and sorted; with them, the newest are read from an index.
    expect(planBefore).toMatch(/Sort/);
    expect(await plan(surveyId)).not.toMatch(/Sort/);
  });
});
