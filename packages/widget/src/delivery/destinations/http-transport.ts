import type { Submission } from '@candor/protocol';
import { postJson, type SendOutcome } from '../send-submissions.js';
import type { Transport, TransportResult } from '../transport.js';

/** Turns one HTTP request for a batch into a result per submission, as a Transport must. */
export function httpTransport(
  request: (batch: Submission[]) => { url: string; headers: Record<string, string>; body: string },
  timeoutMs = 10_000,
): Transport {
  return async (batch) => {
    const { url, headers, body } = request(batch);
    const outcome: SendOutcome = await postJson(globalThis.fetch.bind(globalThis), url, { headers: { 'Content-Type': 'application/json', ...headers }, body }, timeoutMs, Date.now);
    return batch.map(({ id }): TransportResult =>
      outcome.kind === 'accepted'
        ? { id, status: 'accepted' }
        : outcome.kind === 'retry'
          ? { id, status: 'retry', reason: outcome.reason, ...(outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}) }
          : { id, status: 'failed', reason: outcome.reason },
    );
  };
}

/** Every field of a submission as flat event properties (answers also keyed by question id). */
export function submissionProperties(s: Submission): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    candor_id: s.id,
    protocol_version: s.protocolVersion,
    survey_id: s.surveyId,
    survey_version: s.surveyVersion,
    locale: s.locale,
    created_at: s.createdAt,
    partial: s.partial,
    sample_rate: s.sampleRate,
    question_order: s.questionOrder,
    path: s.context.path,
    product: s.context.product ?? null,
    metadata: s.context.metadata ?? {},
    answers: s.answers,
  };
  for (const answer of s.answers) {
    properties[`answer_${answer.questionId}`] = answer.text;
    properties[`prompt_${answer.questionId}`] = answer.prompt;
  }
  return properties;
}
