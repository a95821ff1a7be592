import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { get } from '../helpers/collector-client.js';
import { decideQuote, getWithToken, reclassify } from '../helpers/theme-requests.js';

const TOKEN = 'routes-token';
const ID = '3f0b8a52-4a8e-4c43-9a51-6f6f1b2c7d10';
let collector: RunningCollector;
let tokenless: RunningCollector;
useTestCollectors([{ adminToken: TOKEN, themes: { classifyIntervalMs: 3_600_000 } }, {}], (_, [a, b]) => ((collector = a!), (tokenless = b!)));

const READS = ['/v1/themes', '/v1/themes.csv', '/v1/themes/answers?questionId=hope&theme=x', '/v1/quotes', '/v1/quotes.csv', '/v1/quotes.json'];

describe('theme and quote routes', () => {
  it.each(READS)('GET %s answers 403 on a collector without an admin token, 401 without the token', async (path) => {
    expect((await get(tokenless.url, path)).status).toBe(403);
    expect((await get(collector.url, path)).status).toBe(401);
    expect((await getWithToken(collector.url, path, 'wrong')).status).toBe(401);
  });

  it('refuses reclassify and quote decisions without the admin token', async () => {
    expect((await reclassify(tokenless.url, TOKEN)).status).toBe(403);
    expect((await reclassify(collector.url, undefined)).status).toBe(401);
    expect((await decideQuote(tokenless.url, TOKEN, ID, 'hope', { status: 'approved' })).status).toBe(403);
    expect((await decideQuote(collector.url, undefined, ID, 'hope', { status: 'approved' })).status).toBe(401);
  });

  it.each([
    ['/v1/themes/answers?theme=x', 400, 'questionId'],
    ['/v1/themes/answers?questionId=hope', 400, 'theme'],
    ['/v1/themes/answers?questionId=hope&theme=x&limit=0', 400, 'limit'],
    ['/v1/themes/breakdown', 400, 'question'],
    ['/v1/themes/breakdown?question=hope&by=metadata', 400, 'key'],
    ['/v1/themes/breakdown?question=hope&by=country', 400, 'by'],
    ['/v1/themes?from=yesterday', 400, 'from'],
    ['/v1/themes?surveyId=a&survey=b', 400, 'surveyId'],
    ['/v1/themes.csv?partial=maybe', 400, 'partial'],
    ['/v1/quotes?status=maybe', 400, 'status'],
    ['/v1/quotes.json?locale=' + 'x'.repeat(40), 400, 'locale'],
    ['/v1/themes/answers?questionId=hope&theme=nothing', 404, 'nothing'],
  ])('GET %s answers %i naming "%s"', async (path, status, field) => {
    const reply = await getWithToken<{ error: string }>(collector.url, path, TOKEN);

    expect(reply.status).toBe(status);
    expect(reply.body.error).toContain(`${field}`);
  });

  it.each([
    [{ questionId: 5 }, 'questionId'],
    [{ questionId: '' }, 'questionId'],
    [{ everything: true }, 'everything'],
    [[1], 'JSON object'],
  ])('POST /v1/themes/reclassify with %j answers 400 naming %s', async (body, field) => {
    const reply = await reclassify(collector.url, TOKEN, body);

    expect(reply.status).toBe(400);
    expect(reply.body.error).toContain(field);
  });

  it.each([
    ['not-a-uuid', 'hope', { status: 'approved' }, 400, 'submissionId'],
    [ID, 'hope', { status: 'maybe' }, 400, 'status'],
    [ID, 'hope', {}, 400, 'status'],
    [ID, 'hope', ['approved'], 400, 'status'],
    [ID, 'hope', { status: 'approved' }, 404, 'allow quotes'],
  ])('POST /v1/quotes/%s/%s with %j answers %i naming %s', async (submissionId, questionId, body, status, field) => {
    const reply = await decideQuote(collector.url, TOKEN, submissionId, questionId, body);

    expect(reply.status).toBe(status);
    expect(reply.body.error).toContain(field);
  });

  it('answers an empty report, CSV header and queue when nothing is classified', async () => {
    const report = await getWithToken(collector.url, '/v1/themes?surveyId=none-yet', TOKEN);
    const csv = await getWithToken<string>(collector.url, '/v1/themes.csv?surveyId=none-yet', TOKEN);
    const quotes = await getWithToken(collector.url, '/v1/quotes.json?surveyId=none-yet', TOKEN);

    // Without a model the keyword rules label hope and fear with the codebook's categories, so light and shade is available, with no pairs yet.
    expect(report.body).toEqual({ minGroupSize: 10, questions: [], lightAndShade: { available: true, pairs: [], foldedPairs: 0 } });
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="candor-themes-\d{4}-\d{2}-\d{2}\.csv"/);
    // (fetch's text() drops the byte order mark the file starts with)
    expect(csv.body).toBe('"question_id","breakdown","group","theme_id","theme","respondents","share","share_low_95","share_high_95","study_share","group_respondents","method","classifier","scheme_version"\r\n');
    expect(quotes.body).toEqual({ minGroupSize: 10, quotes: [] });
  });
});
