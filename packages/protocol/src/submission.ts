import * as z from 'zod';

/** The wire format's version. Bump it only for a change a collector must know about. */
export const PROTOCOL_VERSION = 1;

/** Most submissions a collector accepts in one request. */
export const MAX_BATCH = 100;

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/** A single answer: which question, exactly how it was worded when shown, and what the user wrote. */
export const AnswerSchema = z.object({
  questionId: text(100).min(1, 'must not be empty'),
  prompt: text(2_000).min(1, 'must not be empty'),
  text: text(50_000),
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
});

/** A request body: one submission or a batch of them. */
export const SubmissionBodySchema = z.union([
  SubmissionSchema,
  z.array(SubmissionSchema).min(1, 'must hold at least one submission').max(MAX_BATCH, `must hold at most ${MAX_BATCH} submissions`),
]);

export type Answer = z.infer<typeof AnswerSchema>;
export type SubmissionContext = z.infer<typeof ContextSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type SubmissionBody = z.infer<typeof SubmissionBodySchema>;
