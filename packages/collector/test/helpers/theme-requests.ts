import { randomUUID } from 'node:crypto';
import type { Submission } from '@candor/protocol';
import { freshSubmission } from './fresh-submission.js';
import { get, postAnswers, type Reply } from './collector-client.js';

/** Category ids the fake model gives an answer, by the words in it (see startFakeOpenAi's `labels`). */
const KEYWORDS: [RegExp, string][] = [
  [/family/i, 'time-freedom'],
  [/piano/i, 'learning-growth'],
  [/code/i, 'professional-excellence'],
  [/savings/i, 'financial-independence'],
  [/paint/i, 'creative-expression'],
  [/jobs/i, 'jobs-economy'],
  [/rely/i, 'wellbeing-dependency'],
  [/lazy/i, 'cognitive-atrophy'],
];
export const fakeLabels = (text: string) => KEYWORDS.filter(([pattern]) => pattern.test(text)).map(([, id]) => id);

/** One person's submission to a survey: answers by question id, a fresh respondent id unless given. */
export function personSubmission(surveyId: string, answers: Record<string, string>, over: Partial<Submission> = {}): Submission {
  return freshSubmission({
    surveyId,
    respondentId: `person-${randomUUID()}`,
    answers: Object.entries(answers).map(([questionId, text]) => ({ questionId, prompt: `${questionId}?`, text })),
    ...over,
  });
}

/** Posts `n` people's submissions (made by `make(i)`), in batches of up to 100; returns them. */
export async function postPeople(url: string, n: number, make: (i: number) => Submission): Promise<Submission[]> {
  const submissions = Array.from({ length: n }, (_, i) => make(i));
  for (let i = 0; i < submissions.length; i += 100) {
    const reply = await postAnswers(url, submissions.slice(i, i + 100));
    if (reply.status !== 200) throw new Error(`post failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return submissions;
}

const auth = (token: string | undefined): Record<string, string> => (token === undefined ? {} : { authorization: `Bearer ${token}` });

/** POST /v1/themes/reclassify (runs the classification job now). */
export async function reclassify(url: string, token: string | undefined, body?: unknown): Promise<Reply<any>> {
  const init: RequestInit = { method: 'POST', headers: { ...auth(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(`${url}/v1/themes/reclassify`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** GET a theme or quote route with the admin token as a Bearer header. */
export const getWithToken = <T = any>(url: string, path: string, token: string | undefined) => get<T>(url, path, auth(token));

/** POST a quote decision as JSON. */
export async function decideQuote(url: string, token: string | undefined, submissionId: string, questionId: string, body: unknown): Promise<Reply<any>> {
  const response = await fetch(`${url}/v1/quotes/${encodeURIComponent(submissionId)}/${encodeURIComponent(questionId)}`, {
    method: 'POST',
    headers: { ...auth(token), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
