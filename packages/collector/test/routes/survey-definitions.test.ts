import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { DEFAULT_DEFINITION_MAX_AGE } from '../../src/options/collector-options.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';
import { get, postAnswers, readAnswers } from '../helpers/collector-client.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';
import { definitionContent } from '../helpers/definition-fixtures.js';
import { adminGet, fetchDefinition, publishDefinition, rollBack } from '../helpers/definition-client.js';

const TOKEN = 'definitions-token';
const ALLOWED = 'https://app.example.com';
let collector: RunningCollector;
let quick: RunningCollector;

useTestCollectors([{ adminToken: TOKEN, origins: [ALLOWED] }, { adminToken: TOKEN, definitionMaxAge: 0 }], (_, [main, other]) => ((collector = main!), (quick = other!)));

const withPrompt = (surveyId: string, en: string) => {
  const content = definitionContent(surveyId);
  return { ...content, questions: content.questions.map((q, i) => (i === 0 ? { ...q, prompt: { ...q.prompt, en } } : q)) };
};

describe('GET /v1/surveys/:surveyId (public)', () => {
  it('answers 404 with a sentence saying how to publish, when nothing is published for the survey', async () => {
    const reply = await fetchDefinition(collector.url, 'nothing-here');

    expect(reply.status).toBe(404);
    expect(reply.body.error).toBe(
      'No survey definition is published for "nothing-here" yet; publish one in the results app (Questions) or POST it to /v1/surveys/nothing-here/definitions with the admin token.',
    );
  });

  it('serves the published definition to anyone, with an ETag and a max-age browsers and caches may keep it', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));

    const reply = await fetchDefinition(collector.url, surveyId);

    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe(`public, max-age=${DEFAULT_DEFINITION_MAX_AGE}`);
    expect(reply.headers.get('etag')).toMatch(/^"v1-[0-9a-f]{16}"$/);
    expect(reply.body).toMatchObject({ surveyId, version: '1', defaultLocale: 'en', questions: [{ id: 'hope' }, { id: 'fear' }], rules: { sampleRate: 0.5 } });
    expect(reply.body.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('answers 304 without a body when the ETag it is asked about is still the published one, and 200 once another is published', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));
    const etag = (await fetchDefinition(collector.url, surveyId)).headers.get('etag')!;

    const unchanged = await fetchDefinition(collector.url, surveyId, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect((await fetchDefinition(collector.url, surveyId, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);

    await publishDefinition(collector.url, TOKEN, surveyId, withPrompt(surveyId, 'New wording'));
    const changed = await fetchDefinition(collector.url, surveyId, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(changed.body.questions[0].prompt.en).toBe('New wording');
  });

  it('takes its max-age from the definitionMaxAge option (0: ask every time)', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(quick.url, TOKEN, surveyId, definitionContent(surveyId));

    expect((await fetchDefinition(quick.url, surveyId)).headers.get('cache-control')).toBe('public, max-age=0');
  });

  it('lets the allowed origins’ pages read it and its ETag (CORS), and no other origin', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));

    const allowed = await fetchDefinition(collector.url, surveyId, { origin: ALLOWED });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag');
    expect((await fetchDefinition(collector.url, surveyId, { origin: 'https://evil.example.net' })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a widget on an allowed origin revalidate with If-None-Match itself (the preflight allows the header)', async () => {
    const preflight = await fetch(`${collector.url}/v1/surveys/any-survey`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
  });

  it('says so when the survey id is longer than any survey’s', async () => {
    const reply = await fetchDefinition(collector.url, 'x'.repeat(101));

    expect(reply.status).toBe(414);
    expect(reply.body.error).toBe("A part of the URL's path is longer than this collector accepts; no route takes one that long.");
  });

  it('leaves the survey list (GET /v1/surveys) as it was: for the admin only', async () => {
    expect((await get(collector.url, '/v1/surveys')).status).toBe(401);
    expect((await adminGet(collector.url, TOKEN, '/v1/surveys')).body.surveys).toBeInstanceOf(Array);
  });
});

describe('publishing a survey definition (admin)', () => {
  it('needs the admin token', async () => {
    const surveyId = uniqueSurveyId();
    expect((await publishDefinition(collector.url, undefined, surveyId, definitionContent(surveyId))).status).toBe(401);
    expect((await publishDefinition(collector.url, 'wrong', surveyId, definitionContent(surveyId))).status).toBe(401);
    expect((await rollBack(collector.url, undefined, surveyId, '1')).status).toBe(401);
    expect((await adminGet(collector.url, undefined, `/v1/surveys/${surveyId}/definitions`)).status).toBe(401);
    expect((await fetchDefinition(collector.url, surveyId)).status).toBe(404);
  });

  it('publishes as version 1, then each change as the next version; the same text again publishes nothing', async () => {
    const surveyId = uniqueSurveyId();

    const first = await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ published: true, definition: { surveyId, version: '1' } });

    const same = await publishDefinition(collector.url, TOKEN, surveyId, { ...definitionContent(surveyId), version: '1', publishedAt: first.body.definition.publishedAt });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ published: false, definition: { version: '1' } });

    const second = await publishDefinition(collector.url, TOKEN, surveyId, { ...withPrompt(surveyId, 'Second wording'), version: '1' });
    expect(second.status).toBe(201);
    expect(second.body.definition.version).toBe('2');

    const history = await adminGet(collector.url, TOKEN, `/v1/surveys/${surveyId}/definitions`);
    expect(history.status).toBe(200);
    expect(history.body.current.questions[0].prompt.en).toBe('Second wording');
    expect(history.body.maxAge).toBe(DEFAULT_DEFINITION_MAX_AGE);
    expect(history.body.versions.map((v: { version: string }) => v.version)).toEqual(['2', '1']);
    expect(history.body.versions[0].publishedAt).toBe(second.body.definition.publishedAt);
    expect((await adminGet(collector.url, TOKEN, `/v1/surveys/${surveyId}/definitions/1`)).body.questions[0].prompt.en).toBe(definitionContent(surveyId).questions[0]!.prompt['en']);
  });

  it('takes the survey from the path when the body leaves it out, and refuses a body naming another', async () => {
    const surveyId = uniqueSurveyId();
    const { surveyId: _omitted, ...content } = definitionContent(surveyId);
    expect((await publishDefinition(collector.url, TOKEN, surveyId, content)).body.definition.surveyId).toBe(surveyId);

    const other = await publishDefinition(collector.url, TOKEN, surveyId, definitionContent('another-survey'));
    expect(other.status).toBe(400);
    expect(other.body.error).toBe(`The "surveyId" field ("another-survey") must be the survey in the path ("${surveyId}"), or be left out.`);
    expect(other.body.issues).toEqual([{ path: 'surveyId', message: `must be "${surveyId}", the survey in the path` }]);
  });

  it('refuses a definition that is not valid with a 400 naming each field, also listed for an editor', async () => {
    const surveyId = uniqueSurveyId();
    const content = definitionContent(surveyId);
    const bad = { ...content, questions: [{ ...content.questions[0], prompt: { en: '' } }], rules: { sampleRate: 2 }, colour: 'red' };

    const reply = await publishDefinition(collector.url, TOKEN, surveyId, bad);

    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(/^The survey definition is not valid: /);
    expect(reply.body.error).toContain('"questions[0].prompt.en" field must not be empty');
    expect(reply.body.issues).toEqual(
      expect.arrayContaining([
        { path: 'questions[0].prompt.en', message: 'must not be empty' },
        { path: 'rules.sampleRate', message: expect.stringMatching(/2|1/) },
        { path: 'colour', message: 'is not a field of a survey definition' },
      ]),
    );
    expect((await fetchDefinition(collector.url, surveyId)).status).toBe(404);
  });

  it('refuses, with a 409 naming both versions, a draft edited from a version that is no longer the published one', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));
    await publishDefinition(collector.url, TOKEN, surveyId, { ...withPrompt(surveyId, 'Theirs'), version: '1' });

    const mine = await publishDefinition(collector.url, TOKEN, surveyId, { ...withPrompt(surveyId, 'Mine'), version: '1' });

    expect(mine.status).toBe(409);
    expect(mine.body.error).toBe('This draft was edited from version 1, but version 2 has been published since; reload it, make your changes again, then publish.');
    expect((await fetchDefinition(collector.url, surveyId)).body.questions[0].prompt.en).toBe('Theirs');
  });

  it('rolls back by publishing the earlier version’s content as a new version, which the public route then serves', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));
    await publishDefinition(collector.url, TOKEN, surveyId, withPrompt(surveyId, 'Changed'));

    const reply = await rollBack(collector.url, TOKEN, surveyId, '1');

    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ published: true, restoredFrom: '1', definition: { version: '3' } });
    const served = await fetchDefinition(collector.url, surveyId);
    expect(served.body.version).toBe('3');
    expect(served.body.questions[0].prompt.en).toBe(definitionContent(surveyId).questions[0]!.prompt['en']);
    const history = await adminGet(collector.url, TOKEN, `/v1/surveys/${surveyId}/definitions`);
    expect(history.body.versions.map((v: { version: string; restoredFrom?: string }) => [v.version, v.restoredFrom ?? null])).toEqual([
      ['3', '1'],
      ['2', null],
      ['1', null],
    ]);
    // Back to the content already published: nothing new.
    expect((await rollBack(collector.url, TOKEN, surveyId, '1')).body).toMatchObject({ published: false, definition: { version: '3' } });
  });

  it('names the version a rollback cannot find, and a version that is not a number', async () => {
    const surveyId = uniqueSurveyId();
    expect((await rollBack(collector.url, TOKEN, surveyId, '1')).body.error).toMatch(/^No survey definition is published for/);
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));

    const missing = await rollBack(collector.url, TOKEN, surveyId, '7');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBe(`Survey "${surveyId}" has no version 7; its versions are 1 to 1.`);
    const word = await rollBack(collector.url, TOKEN, surveyId, 'latest');
    expect(word.status).toBe(400);
    expect(word.body.error).toBe('The "version" field must be a version number such as "2".');
  });

  it('lists the surveys with a published definition', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));

    const reply = await adminGet(collector.url, TOKEN, '/v1/definitions');

    expect(reply.body.surveys).toEqual(expect.arrayContaining([expect.objectContaining({ surveyId, version: '1', versions: 1 })]));
  });

  it('leaves stored answers with the wording and version they were given', async () => {
    const surveyId = uniqueSurveyId();
    await publishDefinition(collector.url, TOKEN, surveyId, definitionContent(surveyId));
    const answered = freshSubmission({ surveyId, surveyVersion: '1' });
    await postAnswers(collector.url, answered);

    await publishDefinition(collector.url, TOKEN, surveyId, withPrompt(surveyId, 'A new wording'));

    const [stored] = (await readAnswers(collector.url, TOKEN, { survey: surveyId })).body.items;
    expect(stored?.surveyVersion).toBe('1');
    expect(stored?.answers).toEqual(answered.answers);
  });
});
