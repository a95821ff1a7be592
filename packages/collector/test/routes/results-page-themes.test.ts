import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import type { Codebook } from '../../src/themes/codebook/codebook.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { get } from '../helpers/collector-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';
import { personSubmission, postPeople, reclassify } from '../helpers/theme-requests.js';
import { useFakeModel } from '../helpers/use-fake-model.js';

const TOKEN = 'page-themes-token';
const ATTACK = '<img src=x onerror=alert(1)>';
const HOSTILE_CODEBOOK: Codebook = {
  version: 'hostile-1',
  schemes: [{ questionId: 'hope', multiLabel: false, categories: [{ id: 'time-freedom', label: `Time ${ATTACK}`, description: 'More free time.' }] }],
};
const { llm } = useFakeModel();

const manual = { classifyIntervalMs: 3_600_000 };
let withModel: RunningCollector;
let hostile: RunningCollector;
let local: RunningCollector;
useTestCollectors(
  [
    { adminToken: TOKEN, minGroupSize: 3, llm, themes: manual },
    { adminToken: TOKEN, minGroupSize: 3, llm, themes: { ...manual, codebook: HOSTILE_CODEBOOK } },
    { adminToken: TOKEN, minGroupSize: 3, themes: manual },
  ],
  (_, [a, b, c]) => ((withModel = a!), (hostile = b!), (local = c!)),
);

const page = async (url: string, surveyId: string) => (await get<string>(url, `/?token=${TOKEN}&survey=${encodeURIComponent(surveyId)}`)).body;
const themesPart = (html: string) => html.slice(html.indexOf('<section id="themes"'), html.indexOf('<main>'));

describe('the results page: themes', () => {
  it('draws a captioned bar chart per question, with counts, shares, the study share and a drill-down link', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(withModel.url, 3, (i) => personSubmission(surveyId, { hope: `Family evenings ${i}`, fear: 'That we rely on it too much' }, { consent: { quotes: true } }));
    await postPeople(withModel.url, 1, () => personSubmission(surveyId, { hope: 'Learn piano' }));
    await reclassify(withModel.url, TOKEN);

    const html = themesPart(await page(withModel.url, surveyId));

    expect(html).toMatch(/<figure aria-labelledby="themes-hope"><figcaption id="themes-hope">Themes in answers to “hope” \(4 people; labelled by model: fake-model\)<\/figcaption>/);
    expect(html).toMatch(/<figcaption id="themes-fear">Themes in answers to “fear” \(3 people; labelled by model: fake-model\)/);
    expect(html).toContain('3 people · 75.0% <small>study 11.1%</small>');
    expect(html).toContain('style="width:75.00%"');
    expect(html).toContain('Folded for privacy: 1 theme with fewer than 3 people');
    expect(html).toContain('<caption>Trend by month: “hope”</caption>');
    // Light and shade: all three who hope for time freedom fear dependency.
    expect(html).toMatch(/Time freedom → Wellbeing &amp; dependency<\/span>.*3 of 3 · 100\.0%/);
    // Three people allowed quotes: their hope and their fear answers.
    expect(html).toContain('<h2 id="quotes-heading">Quotes awaiting approval (6)</h2>');
    expect(html).toContain('<button type="submit" name="status" value="approved">Approve</button>');

    const link = /<a href="([^"]*theme=time-freedom)">Time freedom<\/a>/.exec(html)![1]!.replace(/&amp;/g, '&');
    const drill = await get<string>(withModel.url, link);
    expect(drill.status).toBe(200);
    expect(drill.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(drill.body).toContain('“Time freedom” in answers to “hope”');
    expect(drill.body).toContain('Answers 1–3 of 3, newest first.');
    expect(drill.body).toContain('Family evenings 2');
    expect(drill.body).not.toContain('Learn piano');
  });

  it(`shows "${ATTACK}" in theme labels, answers and quotes as text, never as markup`, async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(hostile.url, 3, () => personSubmission(surveyId, { hope: `family ${ATTACK}` }, { consent: { quotes: true } }));
    await reclassify(hostile.url, TOKEN);

    const html = await page(hostile.url, surveyId);
    const link = /<a href="([^"]*theme=time-freedom)">/.exec(html)![1]!.replace(/&amp;/g, '&');
    const drill = (await get<string>(hostile.url, link)).body;

    for (const text of [html, drill]) {
      expect(text).not.toContain('<img');
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    expect(themesPart(html)).toContain(`<span class="answer">family &lt;img`);
  });

  it('names the clusters of a question without a codebook scheme by their words, and says they are a rough grouping', async () => {
    const surveyId = uniqueSurveyId();
    const questionId = `local-${surveyId}`;
    await postPeople(local.url, 6, (i) => personSubmission(surveyId, { [questionId]: i < 3 ? 'garden flowers' : 'violin concerts' }));
    await reclassify(local.url, TOKEN, { questionId });

    const html = themesPart(await page(local.url, surveyId));

    expect(html).toContain(`Themes in answers to “${questionId}” (6 people; labelled by word clustering)`);
    // Equal weights: the words in the order of their stems.
    expect(html).toMatch(/>flowers · garden<\/a>/);
    expect(html).toMatch(/>concerts · violin<\/a>/);
    expect(html).toContain('Clustered without a model');
    expect(html).toContain('a rough grouping by shared words, not a finding');
  });

  it('without a model, shows codebook themes labelled by keyword rules, says so, counts the answers not classified and pairs light and shade', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(local.url, 3, (i) => personSubmission(surveyId, { hope: ['Learn Japanese with a patient tutor', 'Quiero aprender a programar', 'Apprendre le piano'][i]!, fear: 'Students stop thinking for themselves' }));
    await postPeople(local.url, 1, () => personSubmission(surveyId, { hope: 'asdf', fear: 'n/a' }));
    await reclassify(local.url, TOKEN);

    const html = themesPart(await page(local.url, surveyId));

    expect(html).toContain('Themes in answers to “hope” (4 people; labelled by keyword rules)');
    expect(html).toMatch(/>Learning &amp; growth<\/a>.*3 people · 75\.0% <small>study 8\.4%<\/small>/);
    expect(html).toMatch(/<span>Not classified<\/span>.*1 person · 25\.0%/);
    expect(html).toContain('Labelled by keyword rules, without a model, with codebook study-2026-03');
    expect(html).toMatch(/Learning &amp; growth → Cognitive atrophy<\/span>.*3 of 3 · 100\.0%/);
  });

  it('says when there are no themes yet', async () => {
    expect(themesPart(await page(local.url, uniqueSurveyId()))).toContain('No themes yet');
  });
});
