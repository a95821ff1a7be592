import { describe, expect, it } from 'vitest';
import type { AnswerStore } from '../../src/store/answer-store.js';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { postAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'export-while-posting';
let store: AnswerStore;
let collector: RunningCollector;

useTestCollector({ adminToken: TOKEN }, (s, c) => ((store = s), (collector = c)));

describe('an export while answers are posted', () => {
  it.each(['answers.jsonl', 'answers.csv'])('answers a post sent while GET /v1/%s is still reading, before the export ends', async (file) => {
    const surveyId = uniqueSurveyId();
    await store.insert([freshSubmission({ surveyId, locale: 'fr' })]);
    for (let i = 0; i < 30; i++) await store.insert(Array.from({ length: 100 }, () => freshSubmission({ surveyId, locale: 'en' })));
    const finished: string[] = [];

    const exporting = fetch(`${collector.url}/v1/${file}?survey=${surveyId}&locale=fr`, { headers: { authorization: `Bearer ${TOKEN}` } })
      .then(async (response) => {
        expect(response.status).toBe(200);
        return response.text();
      })
      .then((body) => {
        finished.push('export');
        return body;
      });
    await new Promise((resolve) => setTimeout(resolve, 5)); // the export's request is in
    const posting = postAnswers(collector.url, freshSubmission({ surveyId: uniqueSurveyId() })).then((reply) => {
      expect(reply.status).toBe(200);
      finished.push('post');
    });
    const [body] = await Promise.all([exporting, posting]);

    expect(finished).toEqual(['post', 'export']);
    expect(body.split('\n').filter((line) => line.includes('"fr"') || line.includes(',fr,'))).toHaveLength(1);
  });
});
