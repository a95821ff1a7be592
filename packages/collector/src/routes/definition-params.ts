import * as z from 'zod';
import { SubmissionSchema } from '@candor/protocol';
import { VERSION_NUMBER } from '../store/definition-store.js';

/** The survey a definition route is about, as answers name it (`surveyId`). */
export const SurveyParamsSchema = z.object({ surveyId: SubmissionSchema.shape.surveyId });

/** The survey and one of its versions. */
export const SurveyVersionParamsSchema = SurveyParamsSchema.extend({
  version: z.string().regex(VERSION_NUMBER, 'must be a version number such as "2"'),
});

/** The sentence for a survey with nothing published, naming where to publish. */
export const nothingPublished = (surveyId: string) =>
  `No survey definition is published for "${surveyId}" yet; publish one in the results app (Questions) or POST it to /v1/surveys/${encodeURIComponent(surveyId)}/definitions with the admin token.`;
