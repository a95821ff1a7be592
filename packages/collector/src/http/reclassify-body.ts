import * as z from 'zod';

const QUESTION_ID = 'must be a question id (1 to 100 characters), like "hope"';

/** The body of `POST /v1/themes/reclassify`: empty (every question) or `{ "questionId": "hope" }`. */
export const ReclassifyBodySchema = z.preprocess(
  (body) => (body === null || body === undefined || body === '' ? {} : body),
  z.strictObject(
    { questionId: z.string(QUESTION_ID).refine((id) => id.trim() !== '' && id.length <= 100, QUESTION_ID).optional() },
    'must be a JSON object like {"questionId": "hope"}, or empty',
  ),
);
