import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { withdraw } from '../helpers/collector-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';
import { decideQuote, getWithToken, personSubmission, postPeople, reclassify } from '../helpers/theme-requests.js';
import { useFakeModel } from '../helpers/use-fake-model.js';

const TOKEN = 'quotes-token';
const { llm } = useFakeModel();

let collector: RunningCollector;
useTestCollectors([{ adminToken: TOKEN, minGroupSize: 2, llm, themes: { classifyIntervalMs: 3_600_000 } }], (_, [c]) => (collector = c!));

/** Four people in one theme: two allowed quotes, one refused, one was never asked. */
async function survey() {
  const surveyId = uniqueSurveyId();
  const consent = [{ quotes: true }, { quotes: true }, { quotes: false }, undefined];
  const people = await postPeople(collector.url, consent.length, (i) =>
    personSubmission(surveyId, { hope: `Dinner with my family, every day (${i})` }, consent[i] ? { consent: consent[i] } : {}),
  );
  await reclassify(collector.url, TOKEN);
  return { surveyId, people };
}
const queue = (surveyId: string, status = '') => getWithToken(collector.url, `/v1/quotes?surveyId=${surveyId}${status && `&status=${status}`}`, TOKEN);

describe('the quote approval queue', () => {
  it('lists only answers from people who allowed quotes, pending, with their text and theme', async () => {
    const { surveyId, people } = await survey();

    const reply = await queue(surveyId);

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ minGroupSize: 2, total: 2 });
    expect(reply.body.items.map((q: { submissionId: string }) => q.submissionId).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
    expect(reply.body.items[0]).toMatchObject({ questionId: 'hope', status: 'pending', decidedAt: null, language: 'en', themes: [{ theme: 'time-freedom', label: 'Time freedom' }] });
    expect(reply.body.items[0].text).toMatch(/^Dinner with my family/);
  });

  it('publishes approved quotes only, without ids, people or times, as JSON and CSV', async () => {
    const { surveyId, people } = await survey();
    expect((await decideQuote(collector.url, TOKEN, people[0]!.id, 'hope', { status: 'approved' })).body).toEqual({ submissionId: people[0]!.id, questionId: 'hope', status: 'approved' });
    await decideQuote(collector.url, TOKEN, people[1]!.id, 'hope', { status: 'rejected' });

    const json = await getWithToken(collector.url, `/v1/quotes.json?surveyId=${surveyId}`, TOKEN);
    const csv = await getWithToken<string>(collector.url, `/v1/quotes.csv?surveyId=${surveyId}`, TOKEN);

    expect(json.body).toEqual({ minGroupSize: 2, quotes: [{ questionId: 'hope', themes: ['Time freedom'], language: 'en', text: 'Dinner with my family, every day (0)' }] });
    expect(csv.body).toBe('"question_id","themes","language","quote"\r\n"hope","Time freedom","en","Dinner with my family, every day (0)"\r\n');
    expect(csv.headers.get('content-disposition')).toMatch(/candor-quotes-/);
    for (const text of [JSON.stringify(json.body), csv.body]) {
      expect(text).not.toContain(people[0]!.id);
      expect(text).not.toContain(people[0]!.respondentId);
    }
    expect((await queue(surveyId)).body.total).toBe(0);
    expect((await queue(surveyId, 'all')).body.items.map((q: { status: string }) => q.status).sort()).toEqual(['approved', 'rejected']);
  });

  it('takes decisions from the results page form and sends the browser back to the page', async () => {
    const { surveyId, people } = await survey();
    const form = (back: string) =>
      fetch(`${collector.url}/v1/quotes/${people[0]!.id}/hope?token=${TOKEN}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ status: 'approved', back }),
      });

    const reply = await form(`/?token=${TOKEN}&survey=${surveyId}`);
    const elsewhere = await form('https://evil.example/');

    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe(`/?token=${TOKEN}&survey=${surveyId}#quotes`);
    expect(elsewhere.headers.get('location')).toBe('/#quotes');
    expect((await queue(surveyId, 'approved')).body.total).toBe(1);
  });

  it('drops a withdrawn quote from the queue and from what is published', async () => {
    const { surveyId, people } = await survey();
    await decideQuote(collector.url, TOKEN, people[0]!.id, 'hope', { status: 'approved' });

    await withdraw(collector.url, people[0]!.id);

    expect((await getWithToken(collector.url, `/v1/quotes.json?surveyId=${surveyId}`, TOKEN)).body.quotes).toEqual([]);
    expect((await queue(surveyId, 'all')).body.items.map((q: { submissionId: string }) => q.submissionId)).toEqual([people[1]!.id]);
    expect((await decideQuote(collector.url, TOKEN, people[0]!.id, 'hope', { status: 'approved' })).status).toBe(404);
  });
});
