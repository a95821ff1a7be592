import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollector } from '../helpers/use-test-collector.js';
import { postAnswers } from '../helpers/collector-client.js';
import { freshSubmission } from '../helpers/fresh-submission.js';

let collector: RunningCollector;

useTestCollector({}, (_, c) => (collector = c));

describe('POST /v1/answers with a batch that is wrong', () => {
  it('names the limit when it holds more than 100 submissions', async () => {
    const reply = await postAnswers<{ error: string }>(collector.url, Array.from({ length: 101 }, () => freshSubmission()));

    expect(reply.status).toBe(422);
    expect(reply.body.error).toBe('The body is not a valid Candor submission (protocol version 1): (body): must hold at most 100 submissions.');
  });

  it('names the member and the field at fault, like [3].answers[0].text', async () => {
    const batch: unknown[] = Array.from({ length: 5 }, () => freshSubmission());
    const bad = freshSubmission();
    batch[3] = { ...bad, answers: [{ ...bad.answers[0], text: 42 }] };

    const reply = await postAnswers<{ error: string }>(collector.url, batch);

    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/^The body is not a valid Candor submission \(protocol version 1\): \[3\]\.answers\[0\]\.text: .*string/);
    expect(reply.body.error).not.toContain('Invalid input.');
  });

  it('names an empty batch', async () => {
    const reply = await postAnswers<{ error: string }>(collector.url, []);

    expect(reply.status).toBe(422);
    expect(reply.body.error).toContain('(body): must hold at least one submission');
  });
});
