import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Submission } from '@candor/protocol';
import type { AnswerStore, SubmissionFilter } from '../../src/store/answer-store.js';
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

/** A time bound inside an hour, long ago: it matches the same submissions but the summaries cannot answer it, so they are read one by one. */
const READ_EACH = { from: '2000-01-01T00:00:00.001Z' };

const hope = (text: string, prompt = 'If you could wave a magic wand, what would AI do for you?') => ({ questionId: 'hope', prompt, text });
const fear = (text: string) => ({ questionId: 'fear', prompt: 'Are there ways AI might be developed that would be contrary to what you hope for?', text });

/** Submissions of one survey in several languages, versions, states and consents, some from the same person. */
function studySubmissions(surveyId: string): Submission[] {
  return [
    freshSubmission({ surveyId, locale: 'en', respondentId: 'ana', consent: { quotes: true }, answers: [hope('Time with my kids'), fear('Surveillance')] }),
    freshSubmission({ surveyId, locale: 'en', respondentId: 'ana', partial: true, answers: [hope('Less paperwork')] }),
    freshSubmission({ surveyId, locale: 'pt-BR', consent: { quotes: false }, answers: [hope('Aprender mais'), fear('   ')] }),
    freshSubmission({ surveyId, locale: 'PT', surveyVersion: '2', respondentId: 'bo', consent: { quotes: true }, answers: [hope('Saúde'), fear('Desemprego')] }),
    freshSubmission({ surveyId, locale: 'es', surveyVersion: '2', partial: true, context: { path: '/', product: 'Acme', metadata: { plan: 'free', team: 'blue' } }, answers: [hope('')] }),
    freshSubmission({ surveyId, locale: 'es', context: { path: '/', product: 'Acme', metadata: { plan: 'team', beta: true } }, answers: [hope('Un médico', 'Si pudieras...'), fear('Perder el trabajo')] }),
  ];
}

const overviewOf = (filter: SubmissionFilter, tz = 'Europe/Paris') => store.results.overview(filter, { bucket: 'day', tz });

describe(`counts kept as submissions arrive and are withdrawn (${TEST_BACKEND})`, () => {
  let surveyId: string;
  let stored: Submission[];

  beforeAll(async () => {
    surveyId = uniqueSurveyId();
    stored = studySubmissions(surveyId);
    await store.insert(stored.slice(0, 3));
    await store.insert([...stored.slice(2), stored[0]!]); // retries of two are not counted again
    const conflicting = { ...stored[1]!, answers: [hope('other content under a used id')] };
    await store.insert([conflicting]);
  });

  it('holds one count per survey, hour, version, language, state and consent, summing to what was stored', async () => {
    const rows = await backend.sql<{ total: number; rows: number }>(
      'select sum(submissions)::int as total, count(*)::int as rows from submission_tally where survey_id = $1',
      [surveyId],
    );
    expect(rows).toEqual([{ total: 6, rows: expect.any(Number) }]);
    expect(rows[0]!.rows).toBeLessThanOrEqual(6);
  });

  it('answers the counts of a survey, people among them, as reading every submission does', async () => {
    const filter = { surveyId };
    expect(await store.counts(filter)).toEqual(await store.counts({ ...filter, ...READ_EACH }));
    const counts = await store.counts(filter);
    expect(counts.total).toBe(6);
    expect(counts.perQuestion).toEqual([
      { questionId: 'hope', answered: 5 },
      { questionId: 'fear', answered: 3 },
    ]);
    const overview = await overviewOf(filter);
    const { firstReceivedAt: _, ...everyRow } = await overviewOf({ ...filter, ...READ_EACH });
    expect(overview).toMatchObject(everyRow);
    expect(overview).toMatchObject({ submissions: 6, people: 5, finished: 4, partial: 2 });
    expect(overview.languages).toEqual([
      { language: 'es', submissions: 2 },
      { language: 'en', submissions: 2 },
      { language: 'pt', submissions: 2 },
    ].sort((a, b) => b.submissions - a.submissions || a.language.localeCompare(b.language)));
  });

  it.each<[string, SubmissionFilter]>([
    ['a language, any region and letter case', { locale: 'pt' }],
    ['partial submissions', { partial: true }],
    ['finished submissions of version 2', { partial: false, surveyVersion: '2' }],
    ['people who allowed quotes', { consent: 'quotes' }],
    ['people who declined quotes', { consent: 'no-quotes' }],
    ['people not asked', { consent: 'not-asked' }],
  ])('answers %s as reading every submission does', async (_, narrower) => {
    const filter = { surveyId, ...narrower };
    expect(await store.counts(filter)).toEqual(await store.counts({ ...filter, ...READ_EACH }));
    expect((await store.list({ ...filter, limit: 1, offset: 0 })).total).toBe((await store.list({ ...filter, ...READ_EACH, limit: 1, offset: 0 })).total);
    expect(await overviewOf(filter)).toEqual(await overviewOf({ ...filter, ...READ_EACH }));
    expect(await store.results.facets(filter)).toEqual(await store.results.facets({ ...filter, ...READ_EACH }));
  });

  it('answers whole-hour time bounds, and days in a time zone a whole number of hours from UTC, as reading every submission does', async () => {
    const hour = 3_600_000;
    const thisHour = Math.floor(Date.now() / hour) * hour;
    const filter = { surveyId, from: new Date(thisHour - 24 * hour).toISOString(), to: new Date(thisHour + 2 * hour).toISOString() };
    expect((await store.counts(filter)).total).toBe(6);
    for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata']) expect(await overviewOf(filter, tz)).toEqual(await overviewOf({ ...filter, from: new Date(thisHour - 24 * hour + 1).toISOString() }, tz));
    expect((await store.counts({ surveyId, to: new Date(thisHour - 24 * hour).toISOString() })).total).toBe(0);
  });

  it('lists the survey with its versions, and the metadata its submissions carry, as reading every submission does', async () => {
    const survey = (await store.results.surveys()).find((s) => s.surveyId === surveyId);
    expect(survey).toMatchObject({ surveyId, submissions: 6, sampleData: false, versions: [{ version: '1', submissions: 4 }, { version: '2', submissions: 2 }] });
    const facets = await store.results.facets({ surveyId });
    expect(facets).toEqual(await store.results.facets({ surveyId, ...READ_EACH }));
    expect(facets.metadata.find((m) => m.key === 'plan')).toEqual({
      key: 'plan',
      submissions: 6,
      values: [
        { value: 'pro', submissions: 4 },
        { value: 'free', submissions: 1 },
        { value: 'team', submissions: 1 },
      ],
    });
    expect(await store.results.exportColumns({ surveyId })).toEqual({ questionIds: ['hope', 'fear'], metadataKeys: ['plan', 'beta', 'team'] });
  });

  it("lists a metadata key's values, most used first, as reading every submission does", async () => {
    expect(await store.results.metadataValues({ surveyId }, 'plan', 20)).toEqual(['pro', 'free', 'team']);
    expect(await store.results.metadataValues({ surveyId, ...READ_EACH }, 'plan', 20)).toEqual(['pro', 'free', 'team']);
    expect(await store.results.metadataValues({ surveyId }, 'plan', 1)).toEqual(['pro']);
    expect(await store.results.metadataValues({ surveyId, ...READ_EACH }, 'beta', 20)).toEqual(['true']);
    expect(await store.results.metadataValues({ surveyId }, 'beta', 20)).toEqual(['true']);
    expect(await store.results.metadataValues({ surveyId }, 'nothing', 20)).toEqual([]);
  });

  it('counts the sampling rates of a survey, finished or partial, as reading every submission does, and forgets a withdrawn one', async () => {
    const sampled = uniqueSurveyId();
    const rates = [0.25, 0.25, 0.5, 1, 0.25];
    const made = rates.map((sampleRate, i) => freshSubmission({ surveyId: sampled, sampleRate, partial: i === 4 }));
    await store.insert(made);
    const expected = [
      { rate: 0.25, submissions: 3 },
      { rate: 0.5, submissions: 1 },
      { rate: 1, submissions: 1 },
    ];
    expect((await store.results.method({ surveyId: sampled })).sampling).toEqual(expected);
    expect((await store.results.method({ surveyId: sampled, ...READ_EACH })).sampling).toEqual(expected);
    expect((await store.results.method({ surveyId: sampled, partial: true })).sampling).toEqual([{ rate: 0.25, submissions: 1 }]);
    await store.withdraw(made[2]!.id);
    expect((await store.results.method({ surveyId: sampled })).sampling).toEqual([
      { rate: 0.25, submissions: 3 },
      { rate: 1, submissions: 1 },
    ]);
  });

  it('takes a withdrawn submission out of every count, its person too when it was their only one', async () => {
    const before = await overviewOf({ surveyId });
    await store.withdraw(stored[3]!.id); // bo's only submission: version 2, Portuguese, quotes allowed
    const after = await overviewOf({ surveyId });
    expect(after).toMatchObject({ submissions: before.submissions - 1, people: before.people - 1, finished: before.finished - 1 });
    expect(await store.counts({ surveyId, consent: 'quotes' })).toEqual(await store.counts({ surveyId, consent: 'quotes', ...READ_EACH }));
    expect(await overviewOf({ surveyId, locale: 'pt' })).toEqual(await overviewOf({ surveyId, locale: 'pt', ...READ_EACH }));
  });
});

describe(`counts under concurrent posts (${TEST_BACKEND})`, () => {
  it('adds up batches stored at the same moment, which share their summary rows, with none lost and none refused', async () => {
    const surveyId = uniqueSurveyId();
    const batch = (n: number) =>
      Array.from({ length: 20 }, (_, i) => freshSubmission({ surveyId, locale: ['en', 'es', 'fr'][(n + i) % 3]!, partial: i % 2 === 0, respondentId: `p${i}` }));
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => store.insert(batch(n))));
    expect(results.every((r) => r.stored.length === 20)).toBe(true);
    expect((await store.counts({ surveyId })).total).toBe(200);
    expect(await overviewOf({ surveyId })).toMatchObject({ submissions: 200, people: 20, partial: 100 });
  });
});

describe(`sample data in the counts (${TEST_BACKEND})`, () => {
  it('marks a survey made only of sample data, and forgets it once the sample data is removed', async () => {
    const surveyId = uniqueSurveyId();
    const sample = (n: number) => freshSubmission({ surveyId, context: { path: '/', product: 'Demo', metadata: { sampleData: true, n } } });
    await store.insert([sample(1), sample(2)]);
    expect((await store.results.surveys()).find((s) => s.surveyId === surveyId)).toMatchObject({ submissions: 2, sampleData: true });

    await store.results.removeSampleData();

    expect((await store.results.surveys()).find((s) => s.surveyId === surveyId)).toBeUndefined();
    expect((await store.counts({ surveyId })).total).toBe(0);
    expect((await store.results.facets({ surveyId })).metadata).toEqual([]);
  });
});
