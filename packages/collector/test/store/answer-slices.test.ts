import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerStore } from '../../src/store/answer-store.js';
import type { ClassifierStamp } from '../../src/store/theme-store.js';
import { ANSWER_SLICE, answerSlices } from '../../src/store/answer-slices.js';
import type { SqlQueryable } from '../../src/store/sql-client.js';
import { openTestBackend, TEST_BACKEND, type TestBackend } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let store: AnswerStore;
let backend: TestBackend;
beforeAll(async () => {
  backend = await openTestBackend();
  store = backend.store;
});
afterAll(async () => {
  await store?.close();
});

const STAMP: ClassifierStamp = { schemeVersion: 'v1', classifier: 'test', classifierVersion: '1' };

/** `count` submissions, one statement each batch of 100; every third answers `questionId`, the others another question. */
async function storeMany(questionId: string, count: number, from = 0): Promise<string[]> {
  const answering: string[] = [];
  for (let start = from; start < from + count; start += 100) {
    const batch = Array.from({ length: Math.min(100, from + count - start) }, (_, i) => {
      const n = start + i;
      const answers = [{ questionId: n % 3 === 0 ? questionId : 'other', prompt: 'P', text: `answer ${n}` }];
      return freshSubmission({ surveyId: uniqueSurveyId(), answers });
    });
    await store.insert(batch);
    answering.push(...batch.filter((s) => s.answers[0]!.questionId === questionId).map((s) => s.answers[0]!.text));
  }
  return answering;
}

const label = (questionId: string, ids: string[]) => store.themes.saveLabels(questionId, STAMP, ids.map((submissionId) => ({ submissionId, labels: ['x'] })));

describe(`reading answers for labelling a slice at a time (${TEST_BACKEND})`, () => {
  it('finds the unlabelled answers oldest first across many slices, page after page, those left unlabelled again, and new ones last', async () => {
    const questionId = `q-${uniqueSurveyId()}`;
    const texts = await storeMany(questionId, 3 * ANSWER_SLICE); // answers spread over three slices and more

    const first = await store.themes.unlabelledAnswers(questionId, STAMP, 200);
    expect(first.map((a) => a.text)).toEqual(texts.slice(0, 200));
    // Label all but every tenth: those stay unlabelled and must come back first.
    const left = first.filter((_, i) => i % 10 === 0);
    await label(questionId, first.filter((_, i) => i % 10 !== 0).map((a) => a.submissionId));

    const second = await store.themes.unlabelledAnswers(questionId, STAMP, 200);
    expect(second.map((a) => a.text)).toEqual([...left.map((a) => a.text), ...texts.slice(200, 200 + 200 - left.length)]);
    await label(questionId, second.map((a) => a.submissionId));

    const rest = await store.themes.unlabelledAnswers(questionId, STAMP, 1_000);
    expect(rest.map((a) => a.text)).toEqual(texts.slice(200 + 200 - left.length));
    await label(questionId, rest.map((a) => a.submissionId));
    expect(await store.themes.unlabelledAnswers(questionId, STAMP, 1_000)).toEqual([]);

    const later = await storeMany(questionId, 30, 10_000);
    expect((await store.themes.unlabelledAnswers(questionId, STAMP, 1_000)).map((a) => a.text)).toEqual(later);
  });

  it('reads every answer to a question across slices, by submission id', async () => {
    const questionId = `q-${uniqueSurveyId()}`;
    const texts = await storeMany(questionId, 2 * ANSWER_SLICE + 10);

    const answers = await store.themes.answersTo(questionId);

    expect(answers.map((a) => a.text).sort()).toEqual([...texts].sort());
    expect(answers.map((a) => a.submissionId)).toEqual([...answers.map((a) => a.submissionId)].sort());
  });

  it('starts a search where the last one found its first unlabelled answer, not at the oldest submission again', async () => {
    const questionId = `q-${uniqueSurveyId()}`;
    await storeMany(questionId, 4 * ANSWER_SLICE + 50);
    const slicesRead: unknown[][] = [];
    const recording: SqlQueryable = {
      query: async <T>(sql: string, params: readonly unknown[] = []) => {
        slicesRead.push([...params]);
        return { rows: await backend.sql<T>(sql, [...params]) };
      },
      exec: async () => {},
    };
    const all = await store.themes.unlabelledAnswers(questionId, STAMP, 5 * ANSWER_SLICE);
    await label(questionId, all.slice(0, -5).map((a) => a.submissionId)); // all but the newest five
    const reader = answerSlices(recording);

    const first = await reader.unlabelledAnswers(questionId, STAMP, 100);
    const readByTheFirst = slicesRead.length;
    slicesRead.length = 0;
    const second = await reader.unlabelledAnswers(questionId, STAMP, 100);

    expect(first.map((a) => a.text)).toEqual(all.slice(-5).map((a) => a.text));
    expect(second.map((a) => a.text)).toEqual(first.map((a) => a.text));
    expect(readByTheFirst).toBeGreaterThanOrEqual(5); // from the oldest submission of the store: four full slices of these alone, then the last
    expect(slicesRead).toHaveLength(1); // only the last
    expect(slicesRead[0]![4]).not.toBeNull();
  });

  it("lists every label of the matching submissions across slices, a question's only when asked", async () => {
    const surveyId = uniqueSurveyId();
    const submissions = Array.from({ length: 1_100 }, (_, n) =>
      freshSubmission({ surveyId, locale: n % 2 ? 'de-AT' : 'en', answers: [{ questionId: 'hope', prompt: 'P', text: `h${n}` }, { questionId: 'fear', prompt: 'P', text: `f${n}` }] }),
    );
    for (let i = 0; i < submissions.length; i += 100) await store.insert(submissions.slice(i, i + 100));
    await store.themes.saveLabels('hope', STAMP, submissions.map((s, n) => ({ submissionId: s.id, labels: n % 3 ? ['a'] : ['a', 'b'] })));
    await store.themes.saveLabels('fear', STAMP, submissions.slice(0, 10).map((s) => ({ submissionId: s.id, labels: ['c'] })));

    const all = await store.themes.memberships({ surveyId });
    const hopeInGerman = await store.themes.memberships({ surveyId, questionId: 'hope', locale: 'de' });

    expect(all).toHaveLength(1_100 + Math.ceil(1_100 / 3) + 10);
    expect(new Set(all.map((m) => `${m.submissionId} ${m.questionId} ${m.label}`)).size).toBe(all.length);
    expect(hopeInGerman).toHaveLength(550 + submissions.filter((_, n) => n % 2 && n % 3 === 0).length);
    expect(hopeInGerman.every((m) => m.questionId === 'hope' && m.language === 'de')).toBe(true);
    expect(all[0]).toMatchObject({ respondent: `s:${all[0]!.submissionId}`, schemeVersion: 'v1', quotesAllowed: false });
  });
});
