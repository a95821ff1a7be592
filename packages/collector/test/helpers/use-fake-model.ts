import { afterAll, beforeAll } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../fake-openai.js';
import { fakeLabels } from './theme-requests.js';

/**
 * A fake OpenAI-compatible model for a test file, labelling answers by their words
 * ({@link fakeLabels}), started before its tests and closed after. `llm` is the collector option
 * that points at it (its address is filled in once it listens).
 */
export function useFakeModel() {
  const llm = { baseUrl: '', model: 'fake-model' };
  let model: FakeOpenAi | undefined;
  beforeAll(async () => {
    model = await startFakeOpenAi({ labels: fakeLabels });
    llm.baseUrl = model.baseUrl;
  });
  afterAll(() => model?.close());
  return { llm, model: () => model! };
}
