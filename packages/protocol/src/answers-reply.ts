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
