import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';
import { useTestCollector } from '../helpers/use-test-collector.js';

const TOKEN = 'more-filters-token';
const surveyId = uniqueSurveyId();
const answer = (text: string, followUp?: string) => ({
  questionId: 'hope',
  prompt: 'If you could wave a magic wand?',
  text,
  ...(followUp ? { followUp: { prompt: 'What would that make possible?', text: followUp, source: 'fixed' as const } } : {}),
});
const quoted = freshSubmission({ surveyId, surveyVersion: '2', answers: [answer('Time', 'Dinner with my family')], consent: { quotes: true }, context: { path: '/', metadata: { plan: 'pro', seats: 12, beta: true } } });
const declined = freshSubmission({ surveyId, surveyVersion: '1', answers: [answer('Money')], consent: { quotes: false }, context: { path: '/', metadata: { plan: 'free' } } });
const notAsked = freshSubmission({ surveyId, surveyVersion: '1', answers: [answer('Art')], context: { path: '/' } });

let collector: RunningCollector;
// Load shedding off: on a busy test machine the event loop lags, and these reads are not about that.
useTestCollector({ adminToken: TOKEN, loadShedding: { maxEventLoopDelayMs: 0 } }, (_store, running) => {
  collector = running;
});
beforeAll(async () => {
  expect((await postAnswers(collector.url, [quoted, declined, notAsked])).status).toBe(200);
});

const ids = async (query: Record<string, string>) => {
  const reply = await readAnswers(collector.url, TOKEN, { survey: surveyId, ...query });
  expect(reply.status).toBe(200);
  return reply.body.items.map((s) => s.id).sort();
};

describe('GET /v1/answers: the results app’s filters', () => {
  it('by survey version', async () => {
    expect(await ids({ version: '2' })).toEqual([quoted.id]);
    expect(await ids({ version: '1' })).toEqual([declined.id, notAsked.id].sort());
  });

  it('by consent to quotes: allowed, declined, or never asked', async () => {
    expect(await ids({ consent: 'quotes' })).toEqual([quoted.id]);
    expect(await ids({ consent: 'no-quotes' })).toEqual([declined.id]);
    expect(await ids({ consent: 'not-asked' })).toEqual([notAsked.id]);
  });

  it('by a metadata key, and by its value as text (numbers and true/false too)', async () => {
    expect(await ids({ metaKey: 'plan' })).toEqual([quoted.id, declined.id].sort());
    expect(await ids({ metaKey: 'plan', metaValue: 'free' })).toEqual([declined.id]);
    expect(await ids({ metaKey: 'seats', metaValue: '12' })).toEqual([quoted.id]);
    expect(await ids({ metaKey: 'beta', metaValue: 'true' })).toEqual([quoted.id]);
    expect(await ids({ metaKey: 'nobody-sets-this' })).toEqual([]);
  });

  it('finds text in the answer to a follow-up too', async () => {
    expect(await ids({ q: 'DINNER' })).toEqual([quoted.id]);
  });

  it('refuses a filter that cannot apply with a 400 naming the parameter', async () => {
    const consent = await readAnswers(collector.url, TOKEN, { consent: 'maybe' });
    expect(consent.status).toBe(400);
    expect(consent.body).toEqual({ error: 'The "consent" query parameter must be quotes (allowed quoting), no-quotes (declined) or not-asked; got "maybe".' });
    const value = await readAnswers(collector.url, TOKEN, { metaValue: 'pro' });
    expect(value.status).toBe(400);
    expect((value.body as unknown as { error: string }).error).toBe('The "metaValue" query parameter needs "metaKey": the metadata key whose value it is.');
  });
});
