import * as z from 'zod';

/** The wire format's version. Bump it only for a change a collector must know about. */
export const PROTOCOL_VERSION = 1;

/** Most submissions a collector accepts in one request. */
export const MAX_BATCH = 100;

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/** A follow-up question asked after an answer, and what the user wrote to it. */
export const FollowUpSchema = z.object({
  /** The follow-up exactly as shown. */
  prompt: text(2_000).min(1, 'must not be empty'),
  text: text(50_000),
  /** "model": written by the collector's language model for this answer; "fixed": the study's fixed probe. */
  source: z.enum(['model', 'fixed'], 'must be "model" or "fixed"'),
});

/** A single answer: which question, exactly how it was worded when shown, and what the user wrote. */
export const AnswerSchema = z.object({
  questionId: text(100).min(1, 'must not be empty'),
  prompt: text(2_000).min(1, 'must not be empty'),
  text: text(50_000),
  /** The follow-up the user answered after this answer, if any. */
  followUp: FollowUpSchema.optional(),
});

/** How many of each kind of personal detail the device removed from the answers before storing them. */
export const RedactionCountsSchema = z.object({
  email: z.int().gte(0).optional(),
  phone: z.int().gte(0).optional(),
  card: z.int().gte(0).optional(),
  key: z.int().gte(0).optional(),
});

/** Custom metadata a team attaches: flat, small, no nested objects. */
export const MetadataSchema = z
  .record(text(100), z.union([text(1_000), z.number(), z.boolean(), z.null()]))
  .refine((m) => Object.keys(m).length <= 50, 'must have at most 50 keys');

/** Where the answer was given. No query string, no cookies, no fingerprint. */
export const ContextSchema = z.object({
  path: text(2_000).regex(/^\/[^?#]*$/, 'must be a URL path starting with "/" and without query or fragment'),
  product: text(200).optional(),
  metadata: MetadataSchema.optional(),
  /** The team's own id for this user. Never sent when the browser asks for Global Privacy Control. */
  userId: text(200).optional(),
  /** What brought the questions up: "open" (the user or the page asked), "delay", "page" or "event:<name>". */
  trigger: text(120).optional(),
});

/** One person's answers to one survey: what the widget posts and the collector stores. */
export const SubmissionSchema = z.object({
  /** UUID made on the device when the answer is saved; the idempotency key. */
  id: z.uuid('must be a UUID'),
  protocolVersion: z.literal(PROTOCOL_VERSION, `must be ${PROTOCOL_VERSION}`),
  surveyId: text(100).min(1, 'must not be empty'),
  surveyVersion: text(100).min(1, 'must not be empty'),
  answers: z.array(AnswerSchema).max(50, 'must have at most 50 answers'),
  /** Question ids in the order they were shown (skipped ones included). */
  questionOrder: z.array(text(100)).max(50, 'must have at most 50 entries'),
  locale: text(35).min(2, 'must be a BCP 47 language tag such as "en" or "pt-BR"'),
  createdAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
  /** True when the user left before finishing. */
  partial: z.boolean(),
  /** The probability that this user was asked at all (1 when everyone is asked). */
  sampleRate: z.number().gt(0, 'must be greater than 0').lte(1, 'must be at most 1'),
  context: ContextSchema,
  /**
   * Who answered, pseudonymously: a random id kept on the device, or a hash of the team's user id.
   * Lets analysts count distinct people (and apply privacy thresholds); never a name or address.
   */
  respondentId: text(100).optional(),
  /** True when this user's question order was drawn at random (counterbalancing); `questionOrder` says which. */
  counterbalanced: z.boolean().optional(),
  /** What the user chose on the purpose screen, when it was shown: may de-identified quotes be published? */
  consent: z.object({ quotes: z.boolean() }).optional(),
  /** Personal details removed on the device before the answers were stored (none when absent). */
  redactions: RedactionCountsSchema.optional(),
});

/** A request body: one submission or a batch of them. */
export const SubmissionBodySchema = z.union([
  SubmissionSchema,
  z.array(SubmissionSchema).min(1, 'must hold at least one submission').max(MAX_BATCH, `must hold at most ${MAX_BATCH} submissions`),
]);

export type Answer = z.infer<typeof AnswerSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type RedactionCounts = z.infer<typeof RedactionCountsSchema>;
export type SubmissionContext = z.infer<typeof ContextSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type SubmissionBody = z.infer<typeof SubmissionBodySchema>;
