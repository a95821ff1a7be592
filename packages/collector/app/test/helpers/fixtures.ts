import type { StoredSubmission } from '../../../src/store/answer-store.js';

const HOPE = 'If you could wave a magic wand, what would AI do for you?';
const FEAR = 'Are there ways AI might be developed that would be contrary to what you hope for or what you value?';

/** A stored submission as GET /v1/answers lists it, with a follow-up, consent and metadata. */
export function storedSubmission(overrides: Partial<StoredSubmission> = {}): StoredSubmission {
  return {
    id: crypto.randomUUID(),
    protocolVersion: 1,
    surveyId: 'checkout-study',
    surveyVersion: '3',
    answers: [
      {
        questionId: 'hope',
        prompt: HOPE,
        text: 'Take the admin off my plate so I can spend evenings with my kids.',
        followUp: { prompt: 'What would realising that make possible for you?', text: 'Being present at dinner instead of answering email.', source: 'fixed' },
      },
      { questionId: 'fear', prompt: FEAR, text: '' },
    ],
    questionOrder: ['hope', 'fear'],
    locale: 'pt-BR',
    createdAt: new Date(Date.now() - 3 * 3_600_000 - 60_000).toISOString(),
    receivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    partial: true,
    sampleRate: 0.25,
    context: { path: '/checkout', product: 'Acme Assistant', trigger: 'event:checkout-complete', metadata: { plan: 'pro', seats: 12 } },
    respondentId: 'r-7c1e9a4b22',
    consent: { quotes: true },
    redactions: { email: 2, phone: 1 },
    ...overrides,
  };
}

export const PROMPTS = { hope: HOPE, fear: FEAR };
