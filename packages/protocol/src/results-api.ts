import * as z from 'zod';
import { SubmissionSchema } from './submission.js';

/**
 * What the collector's results API answers, beyond the stored submissions themselves: the shapes
 * the results app reads (see packages/collector/app/API.md). Counts are whole numbers of
 * submissions or of distinct people; times are ISO 8601 instants.
 */

const count = z.int().gte(0);
const instant = z.string();

/** `POST /v1/session`'s body: the admin token, sent once. */
export const SignInRequestSchema = z.object(
  { token: z.string('must be the admin token, as text').min(1, 'must not be empty').max(1_000, 'must be at most 1000 characters') },
  'must be a JSON object { "token": "<admin token>" }',
);

/** `POST /v1/session` and `GET /v1/session`: when the session ends unless renewed by use. */
export const SessionReplySchema = z.object({ expiresAt: instant });

/** `GET /v1/surveys`: the surveys stored, most recently answered first. */
export const SurveysReplySchema = z.object({
  surveys: z.array(
    z.object({
      surveyId: z.string(),
      /** Every submission of it is marked `context.metadata.sampleData = true` (the demo's synthetic respondents). */
      sampleData: z.boolean(),
      submissions: count,
      firstReceivedAt: instant,
      lastReceivedAt: instant,
      versions: z.array(z.object({ version: z.string(), submissions: count })),
    }),
  ),
});

const LanguageCountSchema = z.object({ language: z.string(), submissions: count });
const QuestionCountSchema = z.object({ questionId: z.string(), prompt: z.string(), answered: count });

/** `GET /v1/overview`: the totals of the matching submissions, their languages, and how many arrived per day or week. */
export const OverviewCountsSchema = z.object({
  submissions: count,
  /** Distinct respondents (a submission without a respondent id counts as one). */
  people: count,
  finished: count,
  partial: count,
  firstReceivedAt: instant.nullable(),
  lastReceivedAt: instant.nullable(),
  languages: z.array(LanguageCountSchema),
  /** Prompt: the latest wording the question was shown with. */
  questions: z.array(QuestionCountSchema),
  timeline: z.object({
    bucket: z.enum(['day', 'week']),
    tz: z.string(),
    /** start: the day (or the Monday a week starts on), YYYY-MM-DD in `tz`; oldest first, empty buckets left out. */
    points: z.array(z.object({ start: z.string(), submissions: count })),
  }),
});

/** A submission as the collector stored it, with when it arrived. */
export const StoredSubmissionSchema = SubmissionSchema.extend({ receivedAt: instant });

/** `GET /v1/overview`: the counts, and the newest five submissions. */
export const OverviewReplySchema = OverviewCountsSchema.extend({ latest: z.array(StoredSubmissionSchema) });

/** `GET /v1/facets`: what the filters can choose from, among the matching submissions. */
export const FacetsReplySchema = z.object({
  questions: z.array(QuestionCountSchema),
  languages: z.array(LanguageCountSchema),
  versions: z.array(z.object({ surveyId: z.string(), version: z.string(), submissions: count })),
  metadata: z.array(z.object({ key: z.string(), submissions: count, values: z.array(z.object({ value: z.string(), submissions: count })) })),
});

const ThemeCountSchema = z.object({
  theme: z.string(),
  label: z.string(),
  respondents: count,
  share: z.number(),
  studyShare: z.number().optional(),
  interval: z.object({ low: z.number(), high: z.number() }).optional(),
});

/** `GET /v1/themes/breakdown`: a question's themes per language or per value of a metadata key, under the privacy threshold. */
export const ThemeBreakdownReplySchema = z.object({
  questionId: z.string(),
  by: z.enum(['language', 'metadata']),
  key: z.string().nullable(),
  minGroupSize: count,
  groups: z.array(
    z.object({
      group: z.string(),
      respondents: count,
      themes: z.array(ThemeCountSchema),
      other: z.object({ respondents: count, share: z.number(), themes: count }).nullable(),
    }),
  ),
  /** Groups with fewer than k people, together; null when none, or when even together they are fewer than k. */
  otherGroups: z.object({ groups: count, respondents: count }).nullable(),
});

/** `DELETE /v1/sample-data`: how many sample submissions were withdrawn. */
export const SampleDataRemovedSchema = z.object({ removed: count });

export type SignInRequest = z.infer<typeof SignInRequestSchema>;
export type SessionReply = z.infer<typeof SessionReplySchema>;
export type SurveysReply = z.infer<typeof SurveysReplySchema>;
export type SurveySummary = SurveysReply['surveys'][number];
export type OverviewCounts = z.infer<typeof OverviewCountsSchema>;
export type OverviewReply = z.infer<typeof OverviewReplySchema>;
export type StoredSubmissionReply = z.infer<typeof StoredSubmissionSchema>;
export type FacetsReply = z.infer<typeof FacetsReplySchema>;
export type ThemeBreakdownReply = z.infer<typeof ThemeBreakdownReplySchema>;
export type SampleDataRemoved = z.infer<typeof SampleDataRemovedSchema>;
