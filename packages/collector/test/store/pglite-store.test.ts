import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { pgliteAnswerStore } from '../../src/store/pglite-store.js';
import { SCHEMA_SQL } from '../../src/store/schema-sql.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { openTestDatabase } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let db: PGlite;
let store: AnswerStore;

beforeAll(async () => {
  db = await openTestDatabase();
  store = await pgliteAnswerStore(db);
});
afterAll(async () => {
  await store?.close();
});

describe('the PGlite answer store', () => {
  it('reports which ids were new and which were already stored, in the order given', async () => {
    const [a, b, c] = [freshSubmission(), freshSubmission(), freshSubmission()];
    await store.insert([b]);

    expect(await store.insert([a, b, c, a])).toEqual({ stored: [a.id, c.id], duplicates: [b.id, a.id] });
  });

  it('does nothing for an empty insert', async () => {
    expect(await store.insert([])).toEqual({ stored: [], duplicates: [] });
  });

  it('keeps the exact text, and a jsonb copy that PostgreSQL accepts, for text jsonb would refuse', async () => {
    const text = 'a\u0000b \uD800 c \uDFFF 👍';
    const submission = freshSubmission({ answers: [{ questionId: 'hope', prompt: 'Why?', text }], context: { path: '/', metadata: { 'k\u0000': 'v\uDC00' } } });

    await store.insert([submission]);

    const row = await db.query<{ body_text: string; answer: string; metadata: Record<string, string> }>(
      `select body_text, body->'answers'->0->>'text' as answer, body->'context'->'metadata' as metadata from submissions where id = $1`,
      [submission.id],
    );
    expect(JSON.parse(row.rows[0]!.body_text)).toEqual(submission);
    expect(row.rows[0]!.answer).toBe('a\uFFFDb \uFFFD c \uFFFD 👍');
    expect(row.rows[0]!.metadata).toEqual({ 'k\uFFFD': 'v\uFFFD' });
  });

  it('indexes the fields reports filter on', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId(), surveyVersion: '7', locale: 'pt-BR', partial: true, createdAt: '2026-11-27T12:00:00+02:00' });

    await store.insert([submission]);

    const row = await db.query<Record<string, unknown>>(
      `select survey_id, survey_version, locale, partial, created_at from submissions where id = $1`,
      [submission.id],
    );
    expect(row.rows[0]).toEqual({
      survey_id: submission.surveyId,
      survey_version: '7',
      locale: 'pt-BR',
      partial: true,
      created_at: new Date('2026-11-27T10:00:00Z'),
    });
  });

  it('lists one survey newest first, paged, with the total', async () => {
    const surveyId = uniqueSurveyId();
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await store.insert([freshSubmission({ id, surveyId })]);

    const page = await store.list({ surveyId, limit: 2, offset: 0 });

    expect(page.total).toBe(3);
    expect(page.items.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    expect(page.items[0]!.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('opens the same tables again without losing rows', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });
    await store.insert([submission]);

    await db.exec(SCHEMA_SQL);

    expect((await store.list({ surveyId: submission.surveyId, limit: 10, offset: 0 })).total).toBe(1);
  });
});
