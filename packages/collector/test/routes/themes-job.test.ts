import { beforeEach, describe, expect, it } from 'vitest';
import { startCollector, type RunningCollector } from '../../src/start-collector.js';
import type { AnswerStore } from '../../src/store/answer-store.js';
import type { ThemeReport } from '../../src/themes/reports/theme-report.js';
import { DEFAULT_CODEBOOK } from '../../src/themes/codebook/default-codebook.js';
import { MODEL_CLASSIFIER_VERSION } from '../../src/themes/classification/classify-with-model.js';
import { LOCAL_CLASSIFIER_NAME, LOCAL_CLASSIFIER_VERSION } from '../../src/themes/clustering/local-classifier.js';
import { KEYWORD_RULES_VERSION } from '../../src/themes/classification/keyword-rules/label-with-keyword-rules.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { postAnswers } from '../helpers/collector-client.js';
import { uniqueSurveyId } from '../helpers/fresh-submission.js';
import { getWithToken, personSubmission, postPeople, reclassify } from '../helpers/theme-requests.js';
import { useFakeModel } from '../helpers/use-fake-model.js';

const TOKEN = 'job-token';
const NEXT_CODEBOOK = { ...DEFAULT_CODEBOOK, version: 'study-2026-03-next' };
const { llm, model } = useFakeModel();
beforeEach(() => {
  model().reset();
  model().set({ delayMs: 0 });
});

const manual = { classifyIntervalMs: 3_600_000 };
let store: AnswerStore;
let withModel: RunningCollector;
let nextCodebook: RunningCollector;
let local: RunningCollector;
let eager: RunningCollector;
useTestCollectors(
  [
    { adminToken: TOKEN, minGroupSize: 2, llm, themes: manual },
    { adminToken: TOKEN, minGroupSize: 2, llm, themes: { ...manual, codebook: NEXT_CODEBOOK } },
    { adminToken: TOKEN, minGroupSize: 2, themes: manual },
    { adminToken: TOKEN, minGroupSize: 2, llm, themes: { classifyIntervalMs: 50 } },
  ],
  (s, [a, b, c, d]) => ((store = s), (withModel = a!), (nextCodebook = b!), (local = c!), (eager = d!)),
);

const labelsOf = async (surveyId: string) =>
  (await store.themes.memberships({ surveyId })).map(({ questionId, label, schemeVersion, classifier, classifierVersion }) => ({ questionId, label, schemeVersion, classifier, classifierVersion }));

describe('the classification job', () => {
  it('with a model, stores the codebook labels with the codebook version and the classifier and its version', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(withModel.url, 2, () => personSubmission(surveyId, { hope: 'Time with my family', fear: 'Losing jobs; people who rely on it' }));

    const run = await reclassify(withModel.url, TOKEN, { questionId: 'fear' });
    await reclassify(withModel.url, TOKEN, { questionId: 'hope' });

    expect(run.body.runs).toEqual([{ questionId: 'fear', classifier: 'model', labelled: 2 }]);
    const stamp = { schemeVersion: DEFAULT_CODEBOOK.version, classifier: 'model:fake-model', classifierVersion: MODEL_CLASSIFIER_VERSION };
    expect((await labelsOf(surveyId)).sort((a, b) => (a.label < b.label ? -1 : 1))).toEqual([
      ...Array(2).fill({ questionId: 'fear', label: 'jobs-economy', ...stamp }),
      ...Array(2).fill({ questionId: 'hope', label: 'time-freedom', ...stamp }),
      ...Array(2).fill({ questionId: 'fear', label: 'wellbeing-dependency', ...stamp }),
    ]);
    const requests = model().requests.filter((r) => r.classify);
    expect(requests.map((r) => r.classify!.questionId).sort()).toEqual(['fear', 'hope']);
  });

  it('asks the model only about answers not yet labelled under the current codebook', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(withModel.url, 2, () => personSubmission(surveyId, { hope: 'Grow my savings' }));
    await reclassify(withModel.url, TOKEN);
    model().reset();

    const again = await reclassify(withModel.url, TOKEN, { questionId: 'hope' });

    expect(again.body.runs).toEqual([{ questionId: 'hope', classifier: 'model', labelled: 0 }]);
    expect(model().requests).toEqual([]);
  });

  it('labels everything again when the codebook version changes, replacing the old labels', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(withModel.url, 2, () => personSubmission(surveyId, { hope: 'Teach me piano' }));
    await reclassify(withModel.url, TOKEN);

    await reclassify(nextCodebook.url, TOKEN);

    const labels = await labelsOf(surveyId);
    expect(labels).toHaveLength(2);
    expect(labels.every((l) => l.label === 'learning-growth' && l.schemeVersion === NEXT_CODEBOOK.version)).toBe(true);
    // Under the old codebook those labels are stale: its report waits for its own job.
    const old = (await getWithToken<ThemeReport>(withModel.url, `/v1/themes?surveyId=${surveyId}`, TOKEN)).body;
    expect(old.questions).toEqual([]);
  });

  it('logs a failing model and tries again on the next run; classification never holds up ingest', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(withModel.url, 2, () => personSubmission(surveyId, { hope: 'Help me write code' }));
    model().next({ status: 500 });

    const failed = await reclassify(withModel.url, TOKEN, { questionId: 'hope' });
    const retried = await reclassify(withModel.url, TOKEN, { questionId: 'hope' });

    expect(failed.body.runs[0]).toMatchObject({ questionId: 'hope', labelled: 0, error: expect.stringMatching(/500/) });
    expect(retried.body.runs[0].error).toBeUndefined();
    expect((await labelsOf(surveyId)).map((l) => l.label)).toEqual(['professional-excellence', 'professional-excellence']);
  });

  it('runs by itself shortly after answers arrive, off the request path (a slow model does not slow ingest)', async () => {
    const surveyId = uniqueSurveyId();
    model().set({ delayMs: 1_500 });

    const started = performance.now();
    const reply = await postAnswers(eager.url, [personSubmission(surveyId, { hope: 'Family dinners' }), personSubmission(surveyId, { hope: 'Family trips' })]);
    const ingestMs = performance.now() - started;

    expect(reply.status).toBe(200);
    expect(ingestMs).toBeLessThan(1_000);
    await expect.poll(async () => (await labelsOf(surveyId)).length, { timeout: 8_000, interval: 100 }).toBe(2);
  });

  it('stops a run in progress when the collector closes, without waiting for a slow model', async () => {
    const surveyId = uniqueSurveyId();
    const own = await startCollector({ store, llm, adminToken: TOKEN, themes: { classifyIntervalMs: 10 }, loadShedding: { maxEventLoopDelayMs: 0 } });
    model().set({ delayMs: 30_000 });
    await postAnswers(own.url, personSubmission(surveyId, { hope: 'Family time' }));
    await expect.poll(() => model().requests.length, { timeout: 5_000, interval: 20 }).toBeGreaterThan(0);

    const started = performance.now();
    await own.close();

    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('without a model, labels the codebook questions by keyword rules, stamped with them; answers they cannot place are not classified', async () => {
    const surveyId = uniqueSurveyId();
    const hopes = ['Más tiempo libre con mi familia', 'Start my own business', 'もっと自由な時間がほしい', 'qwerty'];
    await postPeople(local.url, hopes.length, (i) => personSubmission(surveyId, { hope: hopes[i]! }));

    const first = await reclassify(local.url, TOKEN, { questionId: 'hope' });
    const themes = (await getWithToken<ThemeReport>(local.url, `/v1/themes?surveyId=${surveyId}`, TOKEN)).body;

    // (The collectors of this file share one store: the run also labels other tests' hope answers.)
    expect(first.body.runs).toEqual([{ questionId: 'hope', classifier: 'keyword-rules', labelled: expect.any(Number) }]);
    expect(first.body.runs[0].labelled).toBeGreaterThanOrEqual(4);
    const stamp = { schemeVersion: DEFAULT_CODEBOOK.version, classifier: 'keyword-rules', classifierVersion: KEYWORD_RULES_VERSION };
    expect((await labelsOf(surveyId)).map((l) => l.label).sort()).toEqual(['(no theme)', 'entrepreneurship', 'time-freedom', 'time-freedom']);
    expect((await labelsOf(surveyId)).every((l) => l.classifier === stamp.classifier && l.classifierVersion === stamp.classifierVersion && l.schemeVersion === stamp.schemeVersion)).toBe(true);
    expect(themes.questions[0]).toMatchObject({ questionId: 'hope', method: 'keyword-rules', labelledBy: 'keyword rules' });
    expect(themes.questions[0]!.overall).toMatchObject({ respondents: 4, themes: [{ theme: 'time-freedom', label: 'Time freedom', respondents: 2 }], notClassified: { respondents: 1, share: 0.25 } });
    // Only new answers are labelled on the next run.
    await postPeople(local.url, 1, () => personSubmission(surveyId, { hope: 'Learn to code' }));
    expect((await reclassify(local.url, TOKEN, { questionId: 'hope' })).body.runs[0].labelled).toBe(1);
    expect((await labelsOf(surveyId)).map((l) => l.label).sort()).toEqual(['(no theme)', 'entrepreneurship', 'learning-growth', 'time-freedom', 'time-freedom']);
  });

  it('relabels with the model, once one is configured, what the keyword rules labelled', async () => {
    const surveyId = uniqueSurveyId();
    await postPeople(local.url, 2, () => personSubmission(surveyId, { hope: 'More family time' }));
    await reclassify(local.url, TOKEN, { questionId: 'hope' });

    const run = await reclassify(withModel.url, TOKEN, { questionId: 'hope' });

    expect(run.body.runs).toEqual([{ questionId: 'hope', classifier: 'model', labelled: expect.any(Number) }]);
    expect(run.body.runs[0].labelled).toBeGreaterThanOrEqual(2);
    expect((await labelsOf(surveyId)).map((l) => l.classifier)).toEqual(['model:fake-model', 'model:fake-model']);
  });

  it('without a model, clusters the answers locally, stamped with the local classifier, stable from run to run', async () => {
    const surveyId = uniqueSurveyId();
    const questionId = `local-${surveyId}`;
    const texts = ['more time with family', 'family time at weekends', 'time with my family', 'learn piano', 'piano lessons', 'learn to play piano'];
    await postPeople(local.url, texts.length, (i) => personSubmission(surveyId, { [questionId]: texts[i]! }));

    const first = await reclassify(local.url, TOKEN, { questionId });
    const labels = await labelsOf(surveyId);
    await reclassify(local.url, TOKEN, { questionId: 'nothing-here' });
    const themes = (await getWithToken<ThemeReport>(local.url, `/v1/themes?surveyId=${surveyId}`, TOKEN)).body;

    expect(first.body.runs).toEqual([{ questionId, classifier: 'local', labelled: texts.length }]);
    expect(labels.every((l) => l.classifier === LOCAL_CLASSIFIER_NAME && l.classifierVersion === LOCAL_CLASSIFIER_VERSION)).toBe(true);
    expect(new Set(labels.map((l) => l.label)).size).toBe(2);
    expect(themes.questions[0]).toMatchObject({ questionId, method: 'local' });
    expect(themes.questions[0]!.overall.themes.map((t) => t.respondents)).toEqual([3, 3]);
    // Nothing new: the next run leaves the labels alone.
    expect((await reclassify(local.url, TOKEN, { questionId })).body.runs[0].labelled).toBe(0);
    expect(await labelsOf(surveyId)).toEqual(labels);
  });
});
