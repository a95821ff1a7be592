import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { createTestSchema, type TestSchema } from '../helpers/test-postgres.js';
import { freshSubmission } from '../helpers/fresh-submission.js';

let schema: TestSchema;
const stores: AnswerStore[] = [];
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await schema?.drop();
});

describe('the PostgreSQL schema', () => {
  it('is created once when several collectors start at the same moment', async () => {
    schema = await createTestSchema();

    stores.push(...(await Promise.all(Array.from({ length: 4 }, () => openPostgresStore({ connectionString: schema.url, maxConnections: 2 })))));

    const versions = await schema.query<{ version: number }>('select version from candor_migrations order by version');
    expect(versions.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const submission = freshSubmission();
    expect(await stores[0]!.insert([submission])).toEqual({ stored: [submission.id], duplicates: [], conflicts: [] });
    expect(await stores[3]!.insert([submission])).toEqual({ stored: [], duplicates: [submission.id], conflicts: [] });
  });

  it('has a unique key on id and indexes for the read filters, the text search\'s trigram index among them', async () => {
    const indexes = await schema.query<{ indexname: string }>(`select indexname from pg_indexes where schemaname = $1 and tablename = 'submissions' order by 1`, [schema.name]);

    expect(indexes.map((i) => i.indexname)).toEqual(['submissions_answer_text', 'submissions_locale', 'submissions_newest', 'submissions_pkey', 'submissions_questions', 'submissions_survey_newest', 'submissions_withdrawn']);
  });

  it('fails to open, naming the server and without the password, when PostgreSQL refuses the login', async () => {
    const url = new URL(schema.url);
    url.password = 'not-the-password';

    const opening = openPostgresStore({ connectionString: url.toString() });

    await expect(opening).rejects.toThrow(/127\.0\.0\.1:5432\/candor_test/);
    await expect(opening).rejects.not.toThrow(/not-the-password/);
  });
});
