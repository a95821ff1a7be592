import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { openTestBackend, TEST_BACKEND, type TestBackend } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let backend: TestBackend;
let store: AnswerStore;

beforeAll(async () => {
  backend = await openTestBackend();
  store = backend.store;
});
afterAll(async () => {
  await store?.close();
});

describe(`the answer store (${TEST_BACKEND})`, () => {
  it(`says it runs on ${TEST_BACKEND} and answers a ping`, async () => {
    expect(store.kind).toBe(TEST_BACKEND);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('reports which ids were new and which were already stored, in the order given', async () => {
    const [a, b, c] = [freshSubmission(), freshSubmission(), freshSubmission()];
    await store.insert([b]);

    expect(await store.insert([a, b, c, a])).toEqual({ stored: [a.id, c.id], duplicates: [b.id, a.id], conflicts: [] });
  });

  it('tells an id stored with other content (a conflict) from a retry of the same content (a duplicate); the first copy stays', async () => {
    const first = freshSubmission({ surveyId: uniqueSurveyId() });
    const changed = { ...first, answers: [{ questionId: 'hope', prompt: 'Why?', text: 'something else' }] };
    await store.insert([first]);

    expect(await store.insert([first, changed])).toEqual({ stored: [], duplicates: [first.id], conflicts: [first.id] });
    expect((await store.list({ surveyId: first.surveyId, limit: 5, offset: 0 })).items.map(({ receivedAt: _, ...s }) => s)).toEqual([first]);
  });

  it('judges rows stored before content hashes were kept (migration 4) from their exact text, and keeps the hash it computes', async () => {
    const old = freshSubmission({ surveyId: uniqueSurveyId() });
    await store.insert([old]);
    // As an older collector left it: no hash, and a field the protocol does not define in its text.
    await backend.sql('update submissions set content_hash = null, body_text = $2 where id = $1', [old.id, JSON.stringify({ legacy: true, ...old })]);

    expect(await store.insert([old])).toEqual({ stored: [], duplicates: [old.id], conflicts: [] });
    expect(await store.insert([{ ...old, locale: 'fr' }])).toEqual({ stored: [], duplicates: [], conflicts: [old.id] });
    const [row] = await backend.sql<{ content_hash: string | null }>('select content_hash from submissions where id = $1', [old.id]);
    expect(row?.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does nothing for an empty insert', async () => {
    expect(await store.insert([])).toEqual({ stored: [], duplicates: [], conflicts: [] });
  });

  it('keeps the exact text, and a jsonb copy that PostgreSQL accepts, for text jsonb would refuse', async () => {
    const text = 'a\u0000b \uD800 c \uDFFF 👍';
    const submission = freshSubmission({ answers: [{ questionId: 'hope', prompt: 'Why?', text }], context: { path: '/', metadata: { 'k\u0000': 'v\uDC00' } } });

    await store.insert([submission]);

    const [row] = await backend.sql<{ body_text: string; answer: string; metadata: Record<string, string> }>(
      `select body_text, body->'answers'->0->>'text' as answer, body->'context'->'metadata' as metadata from submissions where id = $1`,
      [submission.id],
    );
    expect(JSON.parse(row!.body_text)).toEqual(submission);
    expect(row!.answer).toBe('a\uFFFDb \uFFFD c \uFFFD 👍');
    expect(row!.metadata).toEqual({ 'k\uFFFD': 'v\uFFFD' });
  });

  it('indexes the fields reports filter on', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId(), surveyVersion: '7', locale: 'pt-BR', partial: true, createdAt: '2026-11-27T12:00:00+02:00' });

    await store.insert([submission]);

    const [row] = await backend.sql(`select survey_id, survey_version, locale, partial, created_at from submissions where id = $1`, [submission.id]);
    expect(row).toEqual({
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

  it('exports every match across export pages, newest first', async () => {
    const surveyId = uniqueSurveyId();
    const batches = Array.from({ length: 6 }, () => Array.from({ length: 100 }, () => freshSubmission({ surveyId })));
    for (const batch of batches) await store.insert(batch);

    const exported: string[] = [];
    for await (const submission of store.export({ surveyId })) exported.push(submission.id);

    expect(exported).toEqual(batches.flat().map((s) => s.id).reverse());
  });

  it('forgets a withdrawn submission and refuses a later copy of it as a duplicate', async () => {
    const submission = freshSubmission({ surveyId: uniqueSurveyId() });
    await store.insert([submission]);

    await store.withdraw(submission.id);
    const again = await store.insert([submission]);

    expect(again).toEqual({ stored: [], duplicates: [submission.id], conflicts: [] });
    expect((await store.list({ surveyId: submission.surveyId, limit: 10, offset: 0 })).total).toBe(0);
    const [row] = await backend.sql(`select body_text, survey_id from submissions where id = $1`, [submission.id]);
    expect(row).toEqual({ body_text: null, survey_id: null });
  });

  it('refuses a submission withdrawn before it arrived', async () => {
    const submission = freshSubmission();

    await store.withdraw(submission.id);

    expect(await store.insert([submission])).toEqual({ stored: [], duplicates: [submission.id], conflicts: [] });
  });
});
