import * as z from 'zod';

const text = (min: number, max: number) =>
  z.string(`must be a string of ${min} to ${max} characters`).min(min, `must be ${min} to ${max} characters long`).max(max, `must be ${min} to ${max} characters long`);

/**
 * The body of `POST /v1/probe`: one answer the widget wants a follow-up question for. Unknown
 * fields are ignored.
 */
export const ProbeRequestSchema = z.object(
  {
    questionId: text(1, 100),
    /** The question exactly as shown. */
    prompt: text(1, 2_000),
    /** The answer, already redacted on the device. */
    answer: text(1, 5_000),
    locale: text(2, 35),
    surveyId: text(1, 100).optional(),
  },
  'must be a JSON object { questionId, prompt, answer, locale }',
);

/** What `POST /v1/probe` answers: a follow-up question, or null for "ask your fixed probe (or none)". */
export const ProbeReplySchema = z.object({
  followUp: z.string().min(1).nullable(),
});

export type ProbeRequest = z.infer<typeof ProbeRequestSchema>;
export type ProbeReply = z.infer<typeof ProbeReplySchema>;
