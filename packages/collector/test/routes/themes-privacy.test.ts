import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import type { ThemeReport } from '../../src/themes/reports/theme-report.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { get, withdraw } from '../helpers/collector-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';
import { decideQuote, getWithToken, personSubmission, postPeople, reclassify } from '../helpers/theme-requests.js';
import { useFakeModel } from '../helpers/use-fake-model.js';

const TOKEN = 'themes-token';
const K = 3;
const { llm } = useFakeModel();

let collector: RunningCollector;
// The job runs only when asked (POST /v1/themes/reclassify), so each test decides when.
useTestCollectors([{ adminToken: TOKEN, minGroupSize: K, llm, themes: { classifyIntervalMs: 3_600_000 }, loadShedding: { maxEventLoopDelayMs: 0 } }], (_, [c]) => (collector = c!));

const q = (surveyId: string) => `surveyId=${encodeURIComponent(surveyId)}`;
const report = async (surveyId: string) => (await getWithToken<ThemeReport>(collector.url, `/v1/themes?${q(surveyId)}`, TOKEN)).body;
const hopeThemes = async (surveyId: string) => (await report(surveyId)).questions.find((x) => x.questionId === 'hope')!.overall;
/** The report file's themes and quotes (its method section states the wordings asked, which every answer shares). */
const page = async (surveyId: string) => {
  const html = (await getWithToken<string>(collector.url, `/v1/report.html?survey=${encodeURIComponent(surveyId)}`, TOKEN)).body;
  return html.slice(html.indexOf('<h2>What people hope for'), html.indexOf('<h2>How the answers were gathered'));
};
const everywhere = async (surveyId: string) => {
  const [api, csv, html, quotes, published] = await Promise.all([
    getWithToken(collector.url, `/v1/themes?${q(surveyId)}`, TOKEN),
    getWithToken<string>(collector.url, `/v1/themes.csv?${q(surveyId)}`, TOKEN),
    page(surveyId),
    getWithToken(collector.url, `/v1/quotes?status=all&${q(surveyId)}`, TOKEN),
    getWithToken<string>(collector.url, `/v1/quotes.csv?${q(surveyId)}`, TOKEN),
  ]);
  return { api: JSON.stringify(api.body), csv: csv.body, html, quotes: JSON.stringify(quotes.body), published: published.body };
};

describe(`privacy threshold k = ${K} (distinct people)`, () => {
  it(`never shows a theme of ${K - 1} people in the API, the CSV, the report, the drill-down or the quotes; one of ${K} everywhere`, async () => {
    const surveyId = uniqueSurveyId();
    const family = await postPeople(collector.url, K, () => personSubmission(surveyId, { hope: 'More time with my family' }, { consent: { quotes: true } }));
    const piano = await postPeople(collector.url, K - 1, (i) => personSubmission(surveyId, { hope: `Teach me piano, lesson ${i}` }, { consent: { quotes: true } }));
    expect((await reclassify(collector.url, TOKEN)).status).toBe(200);
    // Approving the small theme's answer is recorded, but it is still never published.
    expect((await decideQuote(collector.url, TOKEN, piano[0]!.id, 'hope', { status: 'approved' })).status).toBe(200);
    expect((await decideQuote(collector.url, TOKEN, family[0]!.id, 'hope', { status: 'approved' })).status).toBe(200);

    const seen = await everywhere(surveyId);
    const hope = await hopeThemes(surveyId);

    expect(hope.themes.map((t) => [t.theme, t.respondents])).toEqual([['time-freedom', K]]);
    expect(hope).toMatchObject({ other: null, foldedThemes: 1, otherSuppressed: true });
    for (const [where, text] of Object.entries(seen)) {
      expect(text, where).not.toMatch(/learning-growth|Learning &(amp;)? growth|piano/i);
    }
    expect(seen.csv).toContain('time-freedom');
    expect(seen.html).toContain('Time freedom');
    expect(seen.html).toContain(`held by fewer than ${K} people are left out to protect who said them`);
    expect(seen.published).toContain('More time with my family');
    expect((await getWithToken(collector.url, `/v1/themes/answers?questionId=hope&theme=learning-growth&${q(surveyId)}`, TOKEN)).status).toBe(404);
    const drill = await getWithToken(collector.url, `/v1/themes/answers?questionId=hope&theme=time-freedom&${q(surveyId)}`, TOKEN);
    expect(drill.body).toMatchObject({ total: K, label: 'Time freedom' });
  });

  it(`counts people, not answers: ${K - 1} people answering many times stay hidden`, async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(collector.url, 3 * (K - 1), (i) => personSubmission(surveyId, { hope: 'Help me write code' }, { respondentId: `repeat-${surveyId}-${i % (K - 1)}` }));
    await reclassify(collector.url, TOKEN);

    const hope = await hopeThemes(surveyId);

    expect(hope.respondents).toBe(K - 1);
    expect(hope.themes).toEqual([]);
    expect((await everywhere(surveyId)).csv).not.toContain('professional-excellence');
  });

  it(`folds small themes into "other" when together they hold ${K} people or more, and names none of them`, async () => {
    const surveyId = uniqueSurveyId();
    const texts = ['Help me write code', 'Grow my savings', 'Teach me to paint'];
    await postPeople(collector.url, texts.length * (K - 1), (i) => personSubmission(surveyId, { hope: texts[i % texts.length]! }));
    await reclassify(collector.url, TOKEN);

    const hope = await hopeThemes(surveyId);
    const seen = await everywhere(surveyId);

    expect(hope.themes).toEqual([]);
    expect(hope.other).toEqual({ respondents: texts.length * (K - 1), share: 1, themes: 3 });
    expect(seen.html).toContain('Other (3 smaller themes)');
    expect(seen.csv).toContain('Other (3 smaller themes)');
    for (const text of Object.values(seen)) expect(text).not.toMatch(/professional|financial|creative/i);
  });

  it('drops a withdrawn submission from its theme: a theme that falls under k disappears', async () => {
    const surveyId = uniqueSurveyId();
    const people = await postPeople(collector.url, K, () => personSubmission(surveyId, { hope: 'Time with my family' }));
    await reclassify(collector.url, TOKEN);
    expect((await hopeThemes(surveyId)).themes).toHaveLength(1);

    expect((await withdraw(collector.url, people[0]!.id)).status).toBe(204);

    expect((await hopeThemes(surveyId)).themes).toEqual([]);
    expect((await everywhere(surveyId)).html).not.toContain('Time freedom');
  });

  it('breaks a theme down by language, each cell under the same threshold', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(collector.url, K, () => personSubmission(surveyId, { hope: 'Family time' }, { locale: 'en-GB' }));
    await postPeople(collector.url, K - 1, () => personSubmission(surveyId, { hope: 'Family time' }, { locale: 'fr' }));
    await reclassify(collector.url, TOKEN);

    const hope = (await report(surveyId)).questions.find((x) => x.questionId === 'hope')!;

    expect(hope.overall.themes.map((t) => t.respondents)).toEqual([2 * K - 1]);
    expect(hope.byLanguage.map((l) => [l.language, l.themes.length])).toEqual([
      ['en', 1],
      ['fr', 0],
    ]);
    const csv = (await getWithToken<string>(collector.url, `/v1/themes.csv?${q(surveyId)}`, TOKEN)).body;
    expect(csv).toMatch(/"language","en","time-freedom"/);
    expect(csv).not.toMatch(/"language","fr"/);
  });
});
