import type { Submission } from '@candor/protocol';
import type { ResolvedOptions } from './options.js';
import type { DeliveryPlatform as Platform } from './delivery-platform.js';

/** What the user did in one pass through the questions. */
export interface Responses {
  /** Answers in the order given; only questions the user actually answered. */
  answers: { questionId: string; prompt: string; text: string }[];
  /** Question ids in the order they were shown, skipped ones included. */
  questionOrder: string[];
  partial: boolean;
}

export function buildSubmission(responses: Responses, options: ResolvedOptions, locale: string, platform: Platform): Submission {
  const win = platform.window();
  return {
    id: platform.uuid(),
    protocolVersion: 1, // checked against @candor/protocol's PROTOCOL_VERSION by the type
    surveyId: options.surveyId,
    surveyVersion: options.surveyVersion,
    answers: responses.answers,
    questionOrder: responses.questionOrder,
    locale,
    createdAt: new Date(platform.now()).toISOString(),
    partial: responses.partial,
    sampleRate: options.sampleRate,
    context: {
      // The path only: a query string or fragment can carry tokens and personal data.
      path: win?.location.pathname || '/',
      ...(options.product ? { product: options.product } : {}),
      ...(options.metadata ? { metadata: options.metadata } : {}),
    },
  };
}
