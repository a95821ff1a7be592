import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatClient, type ChatClient } from '../../../src/llm/chat-client.js';
import { ChatError } from '../../../src/llm/chat-error.js';
import type { CodebookScheme } from '../../../src/themes/codebook/codebook.js';
import { DEFAULT_CODEBOOK } from '../../../src/themes/codebook/default-codebook.js';
import { classifyWithModel, MODEL_CLASSIFIER_VERSION } from '../../../src/themes/classification/classify-with-model.js';
import { ClassificationError } from '../../../src/themes/classification/classification-error.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../fake-openai.js';

const scheme = (questionId: string) => DEFAULT_CODEBOOK.schemes.find((s) => s.questionId === questionId)!;
const fear = scheme('fear');
const hope = scheme('hope');

/** Canned labels, derived from the answer text the way a real model would read it. */
function cannedLabels(text: string): string[] {
  const labels: string[] = [];
  if (/job|work/i.test(text)) labels.push('jobs-economy');
  if (/wrong|mistake/i.test(text)) labels.push('unreliability');
  if (/invent/i.test(text)) labels.push('alien-invasion');
  if (/family|time/i.test(text)) labels.push('time-freedom');
  if (/career/i.test(text)) labels.push('professional-excellence');
  return labels;
}

let model: FakeOpenAi;
let client: ChatClient;
beforeAll(async () => {
  model = await startFakeOpenAi({ labels: cannedLabels });
  // A short default, as the probe route uses: classification must not be bound by it.
  client = createChatClient({ baseUrl: model.baseUrl, model: 'classifier', apiKey: 'sk-x', timeoutMs: 50 });
});
afterAll(() => model.close());
beforeEach(() => {
  model.reset();
  model.set({ labels: cannedLabels, delayMs: 0 });
});

const answers = (...texts: string[]) => texts.map((text, i) => ({ answerKey: `answer-${i}`, text }));

describe('classifyWithModel', () => {
  it('maps the model’s labels to each answer, several for a multi-label scheme, [] when none fits', async () => {
    const labels = await classifyWithModel(client, fear, answers('It takes my job and gets things wrong', 'Nothing worries me'));

    expect(labels).toEqual([
      { answerKey: 'answer-0', labels: ['jobs-economy', 'unreliability'] },
      { answerKey: 'answer-1', labels: [] },
    ]);
  });

  it('asks for JSON with the scheme’s categories, sends short keys instead of answer keys, and waits longer than the client default', async () => {
    model.set({ delayMs: 150 });

    await classifyWithModel(client, fear, [{ answerKey: 'submission-1b2c:fear', text: 'It gets things wrong' }]);

    const [sent] = model.requests;
    expect(sent?.body.response_format).toEqual({ type: 'json_object' });
    expect(sent?.messages[0]?.content).toContain('- jobs-economy: Jobs & economy. AI takes jobs');
    expect(sent?.messages[0]?.content).toMatch(/every category it clearly expresses/);
    expect(sent?.classify).toEqual({ questionId: 'fear', answers: [{ key: '1', text: 'It gets things wrong' }] });
    expect(sent?.text).not.toContain('submission-1b2c');
  });

  it('drops ids the scheme does not have', async () => {
    const [labelled] = await classifyWithModel(client, fear, answers('They invent facts and take work'));

    expect(labelled?.labels).toEqual(['jobs-economy']);
  });

  it('keeps at most one label, the first, for a single-label scheme', async () => {
    const [labelled] = await classifyWithModel(client, hope, answers('More time for family and a better career'));

    expect(labelled?.labels).toEqual(['time-freedom']);
    expect(model.requests[0]?.messages[0]?.content).toMatch(/the one category that fits it best/);
  });

  it('sends answers in batches and labels them all', async () => {
    const many = answers(...Array.from({ length: 45 }, (_, i) => (i % 2 ? `my job ${i}` : `family time ${i}`)));

    const labels = await classifyWithModel(client, hope, many, { batchSize: 20 });

    expect(model.requests.map((r) => r.classify?.answers.length)).toEqual([20, 20, 5]);
    expect(labels.map((l) => l.answerKey)).toEqual(many.map((a) => a.answerKey));
    expect(labels[0]?.labels).toEqual(['time-freedom']);
    expect(labels[1]?.labels).toEqual([]);
  });

  it('asks again once when the reply is not the JSON asked for, saying why', async () => {
    model.next({ content: 'Sure! Here are the labels: jobs-economy' });

    const labels = await classifyWithModel(client, fear, answers('My job is at risk'));

    expect(labels).toEqual([{ answerKey: 'answer-0', labels: ['jobs-economy'] }]);
    expect(model.requests).toHaveLength(2);
    expect(model.requests[1]?.messages.at(-1)?.content).toMatch(/^That reply was not usable \(not JSON\)/);
  });

  it('accepts a fenced JSON reply and a single label given as a string', async () => {
    model.next({ content: '```json\n{"results":[{"key":"1","labels":" Time-Freedom "}]}\n```' });

    expect(await classifyWithModel(client, hope, answers('time'))).toEqual([{ answerKey: 'answer-0', labels: ['time-freedom'] }]);
  });

  it('leaves out an answer the reply forgot, so it stays unclassified', async () => {
    model.next({ content: '{"results":[{"key":"2","labels":["jobs-economy"]}]}' });

    expect(await classifyWithModel(client, fear, answers('a', 'my job'))).toEqual([{ answerKey: 'answer-1', labels: ['jobs-economy'] }]);
  });

  it('labels blank answers [] without asking the model', async () => {
    expect(await classifyWithModel(client, fear, answers('  ', ''))).toEqual([
      { answerKey: 'answer-0', labels: [] },
      { answerKey: 'answer-1', labels: [] },
    ]);
    expect(model.requests).toHaveLength(0);
  });

  it('throws a ClassificationError after a second unusable reply, with the batches done before and the answers left', async () => {
    const texts = answers('job 1', 'job 2', 'job 3');
    model.next({}, { raw: 'not json' }, { content: '{"labels":"nope"}' });

    const error = await classifyWithModel(client, fear, texts, { batchSize: 1 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ClassificationError);
    expect(error).toMatchObject({ reason: 'malformed', unclassified: ['answer-1', 'answer-2'] });
    expect((error as ClassificationError).partial).toEqual([{ answerKey: 'answer-0', labels: ['jobs-economy'] }]);
    expect(model.requests).toHaveLength(3);
  });

  it('throws a ClassificationError caused by the ChatError when the model fails, without asking again', async () => {
    model.next({ status: 503 });

    const error = await classifyWithModel(client, fear, answers('job')).catch((e: unknown) => e);

    expect(error).toMatchObject({ name: 'ClassificationError', reason: 'model', partial: [], unclassified: ['answer-0'] });
    expect((error as ClassificationError).cause).toBeInstanceOf(ChatError);
    expect(model.requests).toHaveLength(1);
  });

  it('names its version, to store beside each label', () => {
    expect(MODEL_CLASSIFIER_VERSION).toMatch(/\S/);
  });
});

describe('classifyWithModel on a team’s own scheme', () => {
  it('uses only that scheme’s ids', async () => {
    const own: CodebookScheme = { questionId: 'blocker', multiLabel: false, categories: [{ id: 'jobs-economy', label: 'Cost', description: 'Money.' }] };

    expect(await classifyWithModel(client, own, answers('job and time'))).toEqual([{ answerKey: 'answer-0', labels: ['jobs-economy'] }]);
  });
});
