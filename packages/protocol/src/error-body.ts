import * as z from 'zod';

/**
 * The body of every error reply a Candor collector gives (4xx and 5xx): one sentence a developer
 * can act on, naming the parameter, field or limit at fault.
 */
export const ErrorBodySchema = z.object({
  error: z.string().min(1),
});

export type ErrorBody = z.infer<typeof ErrorBodySchema>;
