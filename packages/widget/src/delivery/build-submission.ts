import type { Answer, RedactionCounts, Submission } from '@candor/protocol';
import type { ResolvedOptions } from '../options/options.js';
import type { DeliveryPlatform as Platform } from './delivery-platform.js';

/** What the user did in one pass through the questions. */
export interface Responses {
  /** Answers in the order given; only questions the user actually answered. Already redacted. */
  answers: Answer[];
  /** Question ids in the order they were shown, skipped ones included. */
  questionOrder: string[];
  partial: boolean;
  /** The choice made on the purpose screen, when it was shown. */
  consent?: { quotes: boolean };
  /** What redaction removed from the answers. */
  redactions?: RedactionCounts;
}

/** Facts about this asking that the loader knows and the UI does not. */
export interface Session {
  /** The language the questions were shown in. */
  locale: string;
  /** What brought the questions up ("open", "delay", "event:<name>"). */
  trigger: string;
  respondentId: string;
  /** Counterbalancing: undefined for the set order, else whether hope and fear swapped places (drawn at random). */
  swapped?: boolean | undefined;
}

export function buildSubmission(responses: Responses, options: ResolvedOptions, session: Session, platform: Platform): Submission {
  const win = platform.window();
  // Global Privacy Control: the user asked not to be tracked across contexts, so no user id goes out.
  const gpc = (win?.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;
  return {
    id: platform.uuid(),
    protocolVersion: 1, // checked against @candor/protocol's PROTOCOL_VERSION by the type
    surveyId: options.surveyId,
    surveyVersion: options.surveyVersion,
    answers: responses.answers,
    questionOrder: responses.questionOrder,
    locale: session.locale,
    createdAt: new Date(platform.now()).toISOString(),
    partial: responses.partial,
    // Opened by the user or the page, not by sampling: asked with certainty (the trigger says how).
    sampleRate: session.trigger === 'open' ? 1 : options.sampleRate,
    context: {
      // The path only: a query string or fragment can carry tokens and personal data. As the
      // protocol takes it: from "/" (an about:srcdoc frame's is "srcdoc") and at most 2,000 long.
      path: win?.location.pathname.startsWith('/') ? win.location.pathname.slice(0, 2000) : '/',
      // What is not set stays undefined, which JSON leaves out: the request body carries no such key.
      product: options.product,
      metadata: options.metadata,
      userId: gpc ? undefined : options.userId,
      trigger: session.trigger,
    },
    respondentId: session.respondentId,
    ...(session.swapped !== undefined ? { counterbalanced: true } : {}),
    ...(responses.consent ? { consent: responses.consent } : {}),
    ...(responses.redactions ? { redactions: responses.redactions } : {}),
  };
}
