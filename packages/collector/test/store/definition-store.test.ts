import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerStore } from '../../src/store/answer-store.js';
import type { DefinitionContent } from '../../src/store/definition-store.js';
import { openTestBackend, TEST_BACKEND } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';
import { definitionContent } from '../helpers/definition-fixtures.js';

let store: AnswerStore;

beforeAll(async () => {
  store = (await openTestBackend()).store;
});
afterAll(async () => {
  await store?.close();
});

const withPrompt = (content: DefinitionContent, en: string): DefinitionContent => ({
  ...content,
  questions: content.questions.map((q, i) => (i === 0 ? { ...q, prompt: { ...q.prompt, en } } : q)),
});

describe(`survey definitions (${TEST_BACKEND})`, () => {
  it('publishes a first definition as version 1, stamped with when, and serves it as published', async () => {
    const surveyId = uniqueSurveyId();
    const at = new Date('2026-11-27T09:30:00.000Z');

    const { published, current } = await store.definitions.publish(definitionContent(surveyId), { now: at });

    expect(published).toBe(true);
    expect(current.definition).toMatchObject({ surveyId, version: '1', publishedAt: '2026-11-27T09:30:00.000Z', rules: { sampleRate: 0.5 } });
    const served = await store.definitions.published(surveyId);
    expect(served?.definition).toEqual(current.definition);
    expect(JSON.parse(served!.text)).toEqual(current.definition);
    expect(served?.etag).toMatch(/^"v1-[0-9a-f]{16}"$/);
  });

  it('knows no definition for a survey that never had one', async () => {
    expect(await store.definitions.published(uniqueSurveyId())).toBeUndefined();
    expect(await store.definitions.history(uniqueSurveyId())).toEqual([]);
  });

  it('makes no new version when the text is the same as the published one, whatever its key order or spelt-out defaults', async () => {
    const surveyId = uniqueSurveyId();
    const content = definitionContent(surveyId);
    await store.definitions.publish(content);
    const reordered = JSON.parse(JSON.stringify({ rules: content.rules, texts: content.texts, questions: content.questions, surveyId })) as DefinitionContent;

    const again = await store.definitions.publish(reordered);

    expect(again.published).toBe(false);
    expect(again.current.definition.version).toBe('1');
    expect(await store.definitions.history(surveyId)).toHaveLength(1);
  });

  it('publishes a change as the next version, and keeps every earlier one as it was', async () => {
    const surveyId = uniqueSurveyId();
    const first = definitionContent(surveyId);
    await store.definitions.publish(first, { now: new Date('2026-11-27T09:00:00Z') });

    const { published, current } = await store.definitions.publish(withPrompt(first, 'What would you wish AI did for you?'), { now: new Date('2026-11-28T10:00:00Z') });

    expect(published).toBe(true);
    expect(current.definition.version).toBe('2');
    expect((await store.definitions.published(surveyId))?.definition.questions[0]?.prompt['en']).toBe('What would you wish AI did for you?');
    expect((await store.definitions.version(surveyId, '1'))?.definition.questions[0]?.prompt['en']).toBe(first.questions[0]?.prompt['en']);
    expect(await store.definitions.history(surveyId)).toEqual([
      { version: '2', publishedAt: '2026-11-28T10:00:00.000Z' },
      { version: '1', publishedAt: '2026-11-27T09:00:00.000Z' },
    ]);
  });

  it('rolls back by publishing an earlier version’s content as a new version, noting which', async () => {
    const surveyId = uniqueSurveyId();
    const first = definitionContent(surveyId);
    await store.definitions.publish(first);
    await store.definitions.publish(withPrompt(first, 'Changed'));
    const { definition: old } = (await store.definitions.version(surveyId, '1'))!;

    const { published, current } = await store.definitions.publish(old, { restoredFrom: '1' });

    expect(published).toBe(true);
    expect(current.definition.version).toBe('3');
    expect(current.restoredFrom).toBe('1');
    expect(current.definition.questions).toEqual(old.questions);
    expect(current.etag).not.toBe((await store.definitions.version(surveyId, '1'))?.etag);
    expect((await store.definitions.history(surveyId)).map((v) => [v.version, v.restoredFrom])).toEqual([
      ['3', '1'],
      ['2', undefined],
      ['1', undefined],
    ]);
  });

  it('numbers a first definition after the highest version its survey’s answers were given, so they do not share a number', async () => {
    const surveyId = uniqueSurveyId();
    await store.insert([freshSubmission({ surveyId, surveyVersion: '1' }), freshSubmission({ surveyId, surveyVersion: '3' }), freshSubmission({ surveyId, surveyVersion: 'beta' })]);

    const { current } = await store.definitions.publish(definitionContent(surveyId));

    expect(current.definition.version).toBe('4');
  });

  it('gives publishes made at the same moment versions of their own: none is lost, none fails', async () => {
    const surveyId = uniqueSurveyId();
    const drafts = Array.from({ length: 6 }, (_, i) => withPrompt(definitionContent(surveyId), `Wording ${i}`));

    const results = await Promise.all(drafts.map((draft) => store.definitions.publish(draft)));

    expect(results.map((r) => Number(r.current.definition.version)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('finds no version for a number it does not have, nor for text that is not a version number', async () => {
    const surveyId = uniqueSurveyId();
    await store.definitions.publish(definitionContent(surveyId));

    expect(await store.definitions.version(surveyId, '2')).toBeUndefined();
    expect(await store.definitions.version(surveyId, 'latest')).toBeUndefined();
    expect(await store.definitions.version(surveyId, '99999999999')).toBeUndefined();
  });

  it('lists the surveys with a published definition, their version and how many they have had', async () => {
    const surveyId = uniqueSurveyId();
    await store.definitions.publish(definitionContent(surveyId));
    await store.definitions.publish(withPrompt(definitionContent(surveyId), 'Another'));

    const listed = (await store.definitions.surveys()).find((s) => s.surveyId === surveyId);

    expect(listed).toMatchObject({ surveyId, version: '2', versions: 2 });
  });
});
