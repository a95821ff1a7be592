import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FacetsReply, OverviewReply, SurveysReply, ThemeBreakdownReply } from '@candor/protocol';
import type { RunningCollector } from '../../src/start-collector.js';
import { get, postAnswers } from '../helpers/collector-client.js';
import { batchOf, funnelEvent, postEvents, readFunnel } from '../helpers/funnel-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';
import { decideQuote, getWithToken, personSubmission, reclassify } from '../helpers/theme-requests.js';
import { useFakeModel } from '../helpers/use-fake-model.js';
import { useTestCollector } from '../helpers/use-test-collector.js';

const TOKEN = 'results-api-token';
const K = 3;
const surveyId = uniqueSurveyId();
const sampleSurvey = uniqueSurveyId();
const { llm } = useFakeModel();
let collector: RunningCollector;
useTestCollector({ adminToken: TOKEN, minGroupSize: K, llm, themes: { classifyIntervalMs: 3_600_000 }, loadShedding: { maxEventLoopDelayMs: 0 } }, (_s, c) => (collector = c));

const withFollowUp = (text: string, followUp: string) => ({ questionId: 'hope', prompt: 'If you could wave a magic wand?', text, followUp: { prompt: 'What would that make possible?', text: followUp, source: 'fixed' as const } });
const repeat = { respondentId: `person-${randomUUID()}` };
const people = [
  ...Array.from({ length: 4 }, (_, i) =>
    personSubmission(surveyId, {}, { answers: [withFollowUp(`More evenings with my family ${i}`, `=Being present ${i}`)], locale: 'en-GB', consent: { quotes: true }, context: { path: '/', metadata: { plan: 'pro' } } }),
  ),
  ...Array.from({ length: 3 }, (_, i) => personSubmission(surveyId, { hope: `Aprender piano ${i}` }, { locale: 'pt-BR', context: { path: '/', metadata: { plan: 'free' } } })),
  ...Array.from({ length: 2 }, (_, i) => personSubmission(surveyId, { hope: `Build my savings ${i}` }, { locale: 'en', context: { path: '/', metadata: { plan: 'pro' } } })),
  personSubmission(surveyId, { hope: 'Paint again' }, { partial: true, surveyVersion: '2', ...repeat }),
  personSubmission(surveyId, { hope: 'Paint every day' }, { surveyVersion: '2', ...repeat }),
];
const sample = Array.from({ length: 3 }, (_, i) => personSubmission(sampleSurvey, { hope: `Sample hope ${i}` }, { context: { path: '/', metadata: { sampleData: true } } }));

beforeAll(async () => {
  expect((await postAnswers(collector.url, [...people, ...sample])).status).toBe(200);
  expect((await reclassify(collector.url, TOKEN)).status).toBe(200);
});

const read = async <T>(path: string) => {
  const reply = await getWithToken<T>(collector.url, path, TOKEN);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body as T;
};

describe('GET /v1/overview', () => {
  it('counts submissions, distinct people, finished and partial, and languages', async () => {
    const overview = await read<OverviewReply>(`/v1/overview?survey=${surveyId}`);
    expect(overview).toMatchObject({ submissions: 11, people: 10, finished: 10, partial: 1 });
    expect(overview.languages).toEqual([
      { language: 'en', submissions: 8 },
      { language: 'pt', submissions: 3 },
    ]);
    expect(overview.questions).toEqual([{ questionId: 'hope', prompt: expect.any(String), answered: 11 }]);
    expect(overview.latest).toHaveLength(5);
  });

  it('counts arrivals per day or week in the time zone asked for', async () => {
    const { timeline } = await read<OverviewReply>(`/v1/overview?survey=${surveyId}&tz=Pacific/Kiritimati&bucket=week`);
    expect(timeline.bucket).toBe('week');
    expect(timeline.tz).toBe('Pacific/Kiritimati');
    expect(timeline.points.reduce((sum, p) => sum + p.submissions, 0)).toBe(11);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
    const monday = new Date(`${today}T00:00:00Z`);
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
    expect(timeline.points.map((p) => p.start)).toEqual([monday.toISOString().slice(0, 10)]);
  });

  it('refuses a time zone that does not exist, naming it', async () => {
    const reply = await getWithToken<{ error: string }>(collector.url, '/v1/overview?tz=Mars/Olympus', TOKEN);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('The "tz" query parameter must be a time zone like Europe/Paris or UTC; got "Mars/Olympus".');
  });
});

describe('GET /v1/surveys and /v1/facets', () => {
  it('lists surveys with their versions, and marks the one made of sample data', async () => {
    const { surveys } = await read<SurveysReply>('/v1/surveys');
    const mine = surveys.find((s) => s.surveyId === surveyId)!;
    expect(mine).toMatchObject({ sampleData: false, submissions: 11 });
    expect(mine.versions.map((v) => v.version).sort()).toEqual(['1', '2']);
    expect(surveys.find((s) => s.surveyId === sampleSurvey)).toMatchObject({ sampleData: true, submissions: 3 });
  });

  it('gives the filters their choices: questions, languages, versions, metadata keys and values', async () => {
    const facets = await read<FacetsReply>(`/v1/facets?survey=${surveyId}`);
    expect(facets.languages.map((l) => l.language)).toEqual(['en', 'pt']);
    expect(facets.metadata).toEqual([
      // The two painting submissions carry the fixture's plan: pro.
      { key: 'plan', submissions: 11, values: [{ value: 'pro', submissions: 8 }, { value: 'free', submissions: 3 }] },
    ]);
  });
});

describe('GET /v1/themes/breakdown', () => {
  it('breaks a question’s themes down by a metadata value, folding cells under the threshold', async () => {
    const breakdown = await read<ThemeBreakdownReply>(`/v1/themes/breakdown?survey=${surveyId}&question=hope&by=metadata&key=plan`);
    expect(breakdown.groups.map((g) => [g.group, g.respondents, g.themes.map((t) => t.theme)])).toEqual([
      ['pro', 7, ['time-freedom']],
      ['free', 3, ['learning-growth']],
    ]);
    // Two people saving up is below k = 3: not named anywhere.
    expect(JSON.stringify(breakdown)).not.toContain('financial-independence');
    expect(breakdown.groups[0]!.themes[0]!.interval!.low).toBeGreaterThan(0);
  });

  it('breaks them down by language, leaving out a language with fewer than k people', async () => {
    const breakdown = await read<ThemeBreakdownReply>(`/v1/themes/breakdown?survey=${surveyId}&question=hope`);
    expect(breakdown.groups.map((g) => g.group)).toEqual(['en', 'pt']);
  });
});

describe('the exports', () => {
  it('GET /v1/submissions.csv has one row per submission, with the follow-up, consent, respondent and a column per metadata key', async () => {
    const csv = (await get<string>(collector.url, `/v1/submissions.csv?survey=${surveyId}`, { authorization: `Bearer ${TOKEN}` })).body as string;
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 11);
    const header = lines[0]!.replace(/^\uFEFF/, '');
    for (const column of ['"consent_quotes"', '"respondent_id"', '"trigger"', '"redacted_email"', '"survey_version"', '"hope: prompt"', '"hope: answer"', '"hope: follow-up prompt"', '"hope: follow-up answer"', '"hope: follow-up source"', '"metadata: plan"']) {
      expect(header).toContain(column);
    }
    const family = lines.find((l) => l.includes('More evenings with my family 0'))!;
    // The follow-up answer starts like a formula, so it is made text.
    expect(family).toContain(`"'=Being present 0"`);
    expect(family).toContain('"yes"');
    expect(family).toContain('"pro"');
  });

  it('GET /v1/answers.csv gives each answer its follow-up and the submission’s consent', async () => {
    const csv = (await get<string>(collector.url, `/v1/answers.csv?survey=${surveyId}&q=family%200`, { authorization: `Bearer ${TOKEN}` })).body as string;
    const [header, row] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toContain('"follow_up_answer"');
    expect(row).toContain(`"'=Being present 0"`);
    expect(row).toContain('"What would that make possible?"');
  });

  it('GET /v1/report.html is one self-contained page with the method, counts, themes with ranges, and only approved quotes', async () => {
    const quoted = people[0]!;
    expect((await decideQuote(collector.url, TOKEN, quoted.id, 'hope', { status: 'approved' })).status).toBe(200);

    const reply = await get<string>(collector.url, `/v1/report.html?survey=${surveyId}`, { authorization: `Bearer ${TOKEN}` });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="candor-report-survey-[\w-]+-\d{4}-\d\d-\d\d\.html"$/);
    const html = reply.body as string;
    expect(html).toContain(`What people told us: ${surveyId}`);
    expect(html).toContain('“If you could wave a magic wand?”');
    expect(html).toContain(`at least ${K} different people`);
    expect(html).toContain('Time freedom');
    expect(html).toMatch(/\d+%–\d+%/);
    expect(html).not.toContain('Financial independence');
    expect(html).toContain('More evenings with my family 0');
    expect(html).not.toContain('More evenings with my family 1');
    expect(html).not.toMatch(/<script|<link|src=|href="http/i);
  });

  it('refuses a report range that cannot apply, naming the parameter', async () => {
    const reply = await getWithToken<{ error: string }>(collector.url, '/v1/report.html?from=2026-12-02&to=2026-12-01', TOKEN);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(/^The "from" query parameter/);
  });
});

describe('DELETE /v1/sample-data', () => {
  it('withdraws the sample survey in one step, for good', async () => {
    const counted = (survey: string) => batchOf(funnelEvent({ surveyId: survey }), funnelEvent({ surveyId: survey, event: 'finished' }));
    expect((await postEvents(collector.url, counted(sampleSurvey))).status).toBe(200);
    expect((await postEvents(collector.url, counted(surveyId))).status).toBe(200);
    const reply = await fetch(`${collector.url}/v1/sample-data`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await reply.json()).toEqual({ removed: 3 });
    const { surveys } = await read<SurveysReply>('/v1/surveys');
    expect(surveys.some((s) => s.surveyId === sampleSurvey)).toBe(false);
    expect(surveys.some((s) => s.surveyId === surveyId)).toBe(true);
    // The sample survey's made-up funnel counts go with it; a survey with real answers keeps its own.
    expect((await readFunnel(collector.url, TOKEN, { survey: sampleSurvey })).body.counts.invited).toBe(0);
    expect((await readFunnel(collector.url, TOKEN, { survey: surveyId })).body.counts).toMatchObject({ invited: 1, finished: 1 });
    // Sent again (the demo starting again), they are duplicates and stay out.
    expect((await postAnswers(collector.url, sample)).body).toMatchObject({ stored: [] });
  });
});
