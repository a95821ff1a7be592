import * as z from 'zod';

/**
 * What `POST /v1/answers` answers with 200: how many submissions came, which ids were stored
 * now, and which were already stored (a repeat: a success that stores nothing new).
 */
export const AnswersReplySchema = z.object({
  received: z.int().gte(0),
  stored: z.array(z.string()),
  duplicates: z.array(z.string()),
});

export type AnswersReply = z.infer<typeof AnswersReplySchema>;

/**
 * What `POST /v1/answers` answers with 422 when an id (its `Idempotency-Key`) was already stored
 * with other content: the error, the ids in conflict (their first copy is kept), and what the
 * rest of the request did. Final: sending the same body again gets the same answer.
 */
export const IdConflictReplySchema = z.object({
  error: z.string().min(1),
  conflicts: z.array(z.string()).min(1),
  stored: z.array(z.string()),
  duplicates: z.array(z.string()),
});

export type IdConflictReply = z.infer<typeof IdConflictReplySchema>;
