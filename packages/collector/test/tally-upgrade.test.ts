import { afterAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { pgliteAnswerStore } from '../src/store/pglite-store.js';
import { MIGRATIONS, runMigrations } from '../src/store/migrations.js';
import { insertSubmissionsSql } from '../src/store/schema-sql.js';
import { submissionRow } from '../src/store/submission-row.js';
import { queuedSqlClient } from '../src/store/queued-sql-client.js';
import { pgliteConnection } from '../src/store/pglite-connection.js';
import { openTestDatabase } from './helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from './helpers/fresh-submission.js';

let db: PGlite | undefined;
afterAll(async () => {
  if (db && !db.closed) await db.close();
});

describe('an embedded database with answers from before the summary counts (migration 6)', () => {
  it('counts what it holds when migrated, then keeps counting, and finds old answers by text search (migration 7)', async () => {
    db = await openTestDatabase();
    const before = queuedSqlClient(pgliteConnection(db));
    await runMigrations(before, MIGRATIONS.filter((m) => m.version <= 5));
    const surveyId = uniqueSurveyId();
    const old = [
      freshSubmission({ surveyId, locale: 'de', answers: [{ questionId: 'hope', prompt: 'Why?', text: 'Mehr Zeit für die Familie' }] }),
      freshSubmission({ surveyId, locale: 'de-AT', partial: true }),
      freshSubmission({ surveyId, locale: 'en' }),
    ];
    await db.query(insertSubmissionsSql(old.length), old.map(submissionRow).flat());
    await db.query('update submissions set withdrawn_at = now(), body = null, body_text = null, survey_id = null, survey_version = null, locale = null, partial = null, created_at = null where id = $1', [old[2]!.id]);

    const store = await pgliteAnswerStore(db);
    await store.insert([freshSubmission({ surveyId, locale: 'de' })]);

    expect((await db.query<{ version: number }>('select max(version) as version from candor_migrations')).rows[0]!.version).toBe(MIGRATIONS.at(-1)!.version);
    expect(await store.counts({ surveyId })).toMatchObject({ total: 3 });
    expect((await store.results.method({ surveyId })).sampling).toEqual([{ rate: 1, submissions: 3 }]); // migration 11
    expect(await store.results.overview({ surveyId }, { bucket: 'day', tz: 'UTC' })).toMatchObject({ submissions: 3, partial: 1, languages: [{ language: 'de', submissions: 3 }] });
    expect((await store.list({ surveyId, search: 'ZEIT FÜR', limit: 5, offset: 0 })).items.map((s) => s.id)).toEqual([old[0]!.id]);
  });
});
