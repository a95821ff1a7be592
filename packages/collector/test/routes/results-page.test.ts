import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { get, postAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

const TOKEN = 'page-token';
const ATTACK = '<img src=x onerror=alert(1)>';
let collector: RunningCollector;
let tokenless: RunningCollector;

useTestCollectors([{ adminToken: TOKEN }, {}], (_, [main, other]) => ((collector = main!), (tokenless = other!)));

const page = (survey: string, token = TOKEN) => get<string>(collector.url, `/?token=${encodeURIComponent(token)}&survey=${encodeURIComponent(survey)}`);

describe('GET / (results page)', () => {
  it('shows every answer grouped under its question, with the prompt shown', async () => {
    const surveyId = uniqueSurveyId();
    await postAnswers(collector.url, [
      freshSubmission({ surveyId, answers: [{ questionId: 'hope', prompt: 'What would AI do for you?', text: 'Write my tests' }] }),
      freshSubmission({
        surveyId,
        answers: [
          { questionId: 'hope', prompt: 'What would AI do for you?', text: 'Find my keys' },
          { questionId: 'fear', prompt: 'What worries you?', text: 'Losing my job' },
        ],
      }),
    ]);

    const reply = await page(surveyId);

    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = reply.body;
    expect(html).toContain('2 submissions');
    const hope = html.indexOf('<h2>hope');
    const fear = html.indexOf('<h2>fear');
    expect(hope).toBeGreaterThan(-1);
    expect(fear).toBeGreaterThan(hope);
    expect(html.slice(hope, fear)).toContain('Find my keys');
    expect(html.slice(hope, fear)).toContain('Write my tests');
    expect(html.slice(fear)).toContain('Losing my job');
    expect(html).toContain('What worries you?');
  });

  it(`shows "${ATTACK}" in answers, prompts, question ids and survey ids as text, never as markup`, async () => {
    const surveyId = `${uniqueSurveyId()}${ATTACK}`.slice(0, 100);
    await postAnswers(collector.url, freshSubmission({ surveyId, answers: [{ questionId: `q${ATTACK}`, prompt: `p${ATTACK}`, text: `t${ATTACK}"'&` }] }));

    const html = (await page(surveyId)).body;

    expect(html).not.toContain('<img');
    expect(html).toContain('t&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('p&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('q&lt;img src=x onerror=alert(1)&gt;');
  });

  it('forbids scripts with a Content-Security-Policy, lets its form only reach itself, and sends no referrer', async () => {
    const reply = await page(uniqueSurveyId());

    expect(reply.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(reply.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(reply.headers.get('content-security-policy')).not.toContain('script-src');
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('shows only the answers containing the search text, and the total per question', async () => {
    const surveyId = uniqueSurveyId();
    await postAnswers(collector.url, [
      freshSubmission({ surveyId, answers: [{ questionId: 'hope', prompt: 'Hope?', text: 'Cure my migraines' }, { questionId: 'fear', prompt: 'Fear?', text: 'Surveillance' }] }),
      freshSubmission({ surveyId, answers: [{ questionId: 'hope', prompt: 'Hope?', text: 'Plan my garden' }] }),
    ]);

    const html = (await get<string>(collector.url, `/?token=${TOKEN}&survey=${encodeURIComponent(surveyId)}&q=MIGRAINE`)).body;

    expect(html).toContain('Cure my migraines');
    expect(html).not.toContain('Plan my garden');
    expect(html).not.toContain('Surveillance');
    expect(html).toContain('1 submission');
    expect(html).toMatch(/<h2>hope <small>\(1 answer in all\)/);
  });

  it('shows one question when asked, and offers each question in its filter', async () => {
    const surveyId = uniqueSurveyId();
    await postAnswers(collector.url, freshSubmission({ surveyId, answers: [{ questionId: 'hope', prompt: 'Hope?', text: 'A' }, { questionId: 'fear', prompt: 'Fear?', text: 'B' }] }));

    const html = (await get<string>(collector.url, `/?token=${TOKEN}&survey=${encodeURIComponent(surveyId)}&question=fear`)).body;

    expect(html).toContain('<h2>fear');
    expect(html).not.toContain('<h2>hope');
    expect(html).toContain('<option value="fear" selected>fear</option>');
  });

  it('links the CSV and JSONL downloads with the token and the filters in force', async () => {
    const surveyId = uniqueSurveyId();

    const html = (await get<string>(collector.url, `/?token=${TOKEN}&survey=${encodeURIComponent(surveyId)}&partial=true`)).body;

    const params = `token=${TOKEN}&amp;survey=${encodeURIComponent(surveyId)}&amp;partial=true`;
    expect(html).toContain(`href="/v1/answers.csv?${params}"`);
    expect(html).toContain(`href="/v1/answers.jsonl?${params}"`);
  });

  it('answers a bad filter with 400 naming it', async () => {
    const reply = await get(collector.url, `/?token=${TOKEN}&from=yesterday`);

    expect(reply.status).toBe(400);
    expect(reply.body.error).toContain('"from"');
  });

  it('refuses a missing or wrong token with 401, and says reads are off with 403 when there is no token', async () => {
    expect((await get(collector.url, '/')).status).toBe(401);
    expect((await page('x', 'wrong')).status).toBe(401);
    const off = await get(tokenless.url, `/?token=${TOKEN}`);
    expect(off.status).toBe(403);
    expect(off.body.error).toContain('--admin-token');
  });
});
