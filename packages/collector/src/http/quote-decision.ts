import * as z from 'zod';
import { hasNoNul, NO_NUL } from './query-param.js';
import { QUOTE_STATUSES, quoteStatus } from './theme-query.js';

/** The path of `POST /v1/quotes/:submissionId/:questionId`. */
export const QuoteDecisionParamsSchema = z.object({
  submissionId: z.uuid('must be a submission id (a UUID), as GET /v1/quotes lists it'),
  questionId: z.string().min(1, 'must be a question id of 1 to 100 characters').max(100, 'must be a question id of 1 to 100 characters').refine(hasNoNul, NO_NUL),
});

/** Its body: the decision, as JSON or as the results page's form (which also says where to go back to). */
export const QuoteDecisionBodySchema = z.object(
  {
    status: quoteStatus(QUOTE_STATUSES),
    back: z.string().optional(),
  },
  'must be {"status": "approved"} or {"status": "rejected"} (or "pending")',
);
