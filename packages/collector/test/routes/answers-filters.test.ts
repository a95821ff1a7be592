import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../helpers/open-test-store.js';
import { startCollector, type RunningCollector } from '../../src/start-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { get, postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'filter-token';
let store: AnswerStore;
let collector: RunningCollector;
const surveyId = uniqueSurveyId();
const answer = (questionId: string, text: string) => ({ questionId, prompt: `Prompt for ${questionId}`, text });
const kids = freshSubmission({ surveyId, locale: 'en-GB', answers: [answer('hope', 'More time with my KIDS'), answer('fear', 'Losing my job')] });
const garden = freshSubmission({ surveyId, locale: 'pt-BR', partial: true, answers: [answer('hope', 'Tend my garden')] });
const fears = freshSubmission({ surveyId, locale: 'en', answers: [answer('fear', 'Kids growing up with no privacy'), answer('hope', '  ')] });

beforeAll(async () => {
  store = await openTestStore();
  collector = await startCollector({ store, adminToken: TOKEN, loadShedding: { maxEventLoopDelayMs: 0 } });
  await postAnswers(collector.url, [kids, garden, fears]);
});
afterAll(async () => {
  await collector?.close();
  await store?.close();
});

const ids = async (query: Record<string, string | number>) => {
  const reply = await readAnswers(collector.url, TOKEN, { survey: surveyId, ...query });
  expect(reply.status).toBe(200);
  return reply.body.items.map((s) => s.id);
};

describe('GET /v1/answers filters', () => {
  it('by question: submissions that answered it', async () => {
    expect(await ids({ question: 'fear' })).toEqual([fears.id, kids.id]);
  });

  it('by text in any answer, ignoring letter case', async () => {
    expect(await ids({ q: 'kids' })).toEqual([fears.id, kids.id]);
  });

  it('by text within one question when both are given', async () => {
    expect(await ids({ q: 'kids', question: 'hope' })).toEqual([kids.id]);
  });

  it('by language: "en" matches en and en-GB, not pt-BR', async () => {
    expect(await ids({ locale: 'EN' })).toEqual([fears.id, kids.id]);
    expect(await ids({ locale: 'pt-br' })).toEqual([garden.id]);
  });

  it('by partial or finished', async () => {
    expect(await ids({ partial: 'true' })).toEqual([garden.id]);
    expect(await ids({ partial: 'false' })).toEqual([fears.id, kids.id]);
  });

  it('by the day it was received: a day includes all of it; other days match nothing', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(await ids({ from: today, to: today })).toHaveLength(3);
    expect(await ids({ to: '2020-01-01' })).toEqual([]);
    expect(await ids({ from: '2999-01-01T00:00:00Z' })).toEqual([]);
  });

  it('counts the total of the filtered submissions, not of the page', async () => {
    const reply = await readAnswers(collector.url, TOKEN, { survey: surveyId, question: 'hope', limit: 1 });

    expect(reply.body.total).toBe(3);
    expect(reply.body.items).toHaveLength(1);
  });

  it.each([
    [{ partial: 'yes' }, '"partial"'],
    [{ from: '27/11/2026' }, '"from"'],
    [{ to: '2026-11-27T10:00' }, '"to"'],
    [{ from: '2026-11-28', to: '2026-11-01' }, 'must be before'],
    [{ q: 'x'.repeat(201) }, '"q"'],
  ])('answers a bad filter %j with 400 naming it', async (query, says) => {
    const reply = await readAnswers<{ error: string }>(collector.url, TOKEN, query);

    expect(reply.status).toBe(400);
    expect(reply.body.error).toContain(says);
  });

  it('answers a parameter given twice with 400', async () => {
    const reply = await get(collector.url, '/v1/answers?survey=a&survey=b', { authorization: `Bearer ${TOKEN}` });

    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(/"survey" query parameter was given more than once/);
  });
});

describe('GET /v1/answers/counts', () => {
  it('counts submissions, answers per question (blank ones left out) and submissions per day', async () => {
    const reply = await get(collector.url, `/v1/answers/counts?survey=${surveyId}`, { authorization: `Bearer ${TOKEN}` });

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      total: 3,
      perQuestion: [
        { questionId: 'fear', answered: 2 },
        { questionId: 'hope', answered: 2 },
      ],
      perDay: [{ day: new Date().toISOString().slice(0, 10), submissions: 3 }],
    });
  });

  it('applies the same filters', async () => {
    const reply = await get(collector.url, `/v1/answers/counts?survey=${surveyId}&locale=pt`, { authorization: `Bearer ${TOKEN}` });

    expect(reply.body).toMatchObject({ total: 1, perQuestion: [{ questionId: 'hope', answered: 1 }] });
  });

  it('needs the admin token', async () => {
    expect((await get(collector.url, `/v1/answers/counts`)).status).toBe(401);
  });
});
