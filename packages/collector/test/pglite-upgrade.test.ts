import { afterAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { pgliteAnswerStore } from '../src/store/pglite-store.js';
import { SCHEMA_V1_SQL } from '../src/store/schema-sql.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { submissionRow } from '../src/store/submission-row.js';
import { openTestDatabase } from './helpers/open-test-store.js';
import { freshSubmission } from './helpers/fresh-submission.js';

let db: PGlite | undefined;
afterAll(async () => {
  if (db && !db.closed) await db.close();
});

describe('an embedded database made by the first collector release', () => {
  it('is migrated at start, keeping its answers, and migrating again changes nothing', async () => {
    db = await openTestDatabase();
    await db.exec(SCHEMA_V1_SQL);
    const old = freshSubmission();
    // As the first release stored it: no content hash, and fields it kept as they came (unknown ones too).
    const [id, surveyId, surveyVersion, locale, partial, createdAt, , body] = submissionRow(old);
    await db.query(
      'insert into submissions (id, survey_id, survey_version, locale, partial, created_at, body_text, body) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [id, surveyId, surveyVersion, locale, partial, createdAt, JSON.stringify({ experiment: 'b', ...old }), body],
    );

    await pgliteAnswerStore(db);
    const store = await pgliteAnswerStore(db);

    const versions = await db.query<{ version: number }>('select version from candor_migrations order by version');
    expect(versions.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect((await store.list({ limit: 10, offset: 0 })).items.map((s) => s.id)).toEqual([old.id]);
    expect(await store.insert([old])).toEqual({ stored: [], duplicates: [old.id], conflicts: [] });
    expect(await store.insert([{ ...old, partial: !old.partial }])).toEqual({ stored: [], duplicates: [], conflicts: [old.id] });
  });
});
