import * as z from 'zod';
import { AnswerSchema, SubmissionSchema } from './submission.js';

// A survey definition: the questions, their wording in each language, the widget's invitation,
// purpose-screen and thank-you texts, and the asking rules, served from a URL (the collector's, or
// any static file) so a team changes them without a deploy. The widget fetches it only when it is
// about to show; whatever it sets wins over the script tag's options of the same name.

/** A BCP 47 language tag such as "en" or "pt-BR" (the widget's `locale` option takes the same). */
export const LocaleTagSchema = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "pt-BR"')
  .describe('a language tag such as "en" or "pt-BR"');

/** Names what a record or object would not take: a key that is no language tag, a field it does not have. */
const refused = (what: string, fields?: readonly string[]) => (issue: z.core.$ZodRawIssue) =>
  issue.code === 'invalid_key'
    ? `has a key ${JSON.stringify(issue.path?.at(-1) ?? '')} that is not a language tag such as "en" or "pt-BR"`
    : issue.code === 'unrecognized_keys'
      ? `has ${issue.keys.length === 1 ? 'a field' : 'fields'} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} that ${what} does not have${fields ? ` (only ${fields.join(', ')})` : ''}`
      : undefined;

/** One text in several languages, by language tag: `{ en: "…", fr: "…" }`; at least one. */
const localized = (max: number) =>
  z
    .record(LocaleTagSchema, z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`), { error: refused('a text') })
    .refine((texts) => Object.keys(texts).length > 0, 'must have text in at least one language, e.g. { "en": "…" }')
    // The refinement, said for JSON Schema, which cannot carry it.
    .meta({ minProperties: 1 });

/**
 * The widget's own texts a definition may set, by the widget's string keys
 * (packages/widget/src/locales/en.ts): the invitation, the purpose screen and the thank-you.
 */
export const DEFINITION_TEXT_KEYS = ['inviteTitle', 'inviteBody', 'consentTitle', 'consentPurpose', 'consentKeep', 'consentQuotes', 'consentWithdraw', 'thanks', 'sent'] as const;

/** One question of a definition: as the widget's `questions` option, with its texts by language. */
export const DefinitionQuestionSchema = z.strictObject(
  {
    /** Stable id, recorded with each answer (e.g. "hope"). */
    id: AnswerSchema.shape.questionId,
    /** The question by language, e.g. `{ en: "…", fr: "…" }`; `{product}` is replaced by the product name. */
    prompt: localized(2000),
    /** A required question has no Skip button. */
    required: z.boolean().default(false),
    /** Most characters an answer may have. */
    maxLength: z.int().gte(1).lte(50_000).default(5000),
    /** Greyed hint shown in the empty answer box, by language. */
    placeholder: localized(200).optional(),
    /** Whether a follow-up question may probe this answer (the widget's `followUps` must be above 0). */
    followUp: z.boolean().default(false),
  },
  { error: refused('a question', ['id', 'prompt', 'required', 'maxLength', 'placeholder', 'followUp']) },
);

/**
 * The asking rules a definition may set: each as the widget's option of that name, with the same
 * constraints (packages/widget/src/options/options.ts); none has a default here, so what a
 * definition leaves out stays as the script tag says.
 */
export const DefinitionRulesSchema = z.strictObject(
  {
    /** Share of users who are ever asked, from 0 to 1. */
    sampleRate: z.number().gte(0).lte(1).optional(),
    /** Only on pages whose path matches one of these patterns (`*` matches anything). */
    pages: z
      .array(z.string().regex(/^[/*]/, 'must be a path such as "/chat/*" (starting with "/" or "*")').describe('a path such as "/chat/*" (starting with "/" or "*")'))
      .min(1)
      .max(50)
      .optional(),
    /** The invitation appears from this page view on. */
    minPageViews: z.int().gte(1).optional(),
    /** Milliseconds on the page (or after the event) before the invitation appears. */
    delayMs: z.int().gte(0).optional(),
    /** At most one invitation per user in this many days. */
    frequencyDays: z.number().gte(0).optional(),
    /** Wait for the app to call `track(event)` `eventCount` times. */
    event: z.string().min(1).max(100).optional(),
    eventCount: z.int().gte(1).optional(),
  },
  { error: refused('rules', ['sampleRate', 'pages', 'minPageViews', 'delayMs', 'frequencyDays', 'event', 'eventCount']) },
);

/** A survey definition as served from a URL (the widget's `surveyUrl`). */
export const SurveyDefinitionSchema = z.strictObject(
  {
    surveyId: SubmissionSchema.shape.surveyId,
    /** Recorded with each answer as `surveyVersion`: any change of wording is a new version. */
    version: SubmissionSchema.shape.surveyVersion,
    /** The language whose texts are used when the reader's language has none. */
    defaultLocale: LocaleTagSchema.default('en'),
    /** The questions, in order; they replace the widget's `questions`. */
    questions: z.array(DefinitionQuestionSchema).min(1, 'must hold at least one question').max(50, 'must hold at most 50 questions'),
    /** Share of users (0 to 1) who see the "hope" and "fear" questions in random order. */
    counterbalance: z.number().gte(0).lte(1).optional(),
    /** The widget's own texts by language, then by key (DEFINITION_TEXT_KEYS), laid over its `strings`. */
    texts: z
      .record(
        LocaleTagSchema,
        z.partialRecord(z.enum(DEFINITION_TEXT_KEYS), z.string().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'), {
          error: refused('texts', DEFINITION_TEXT_KEYS),
        }),
        { error: refused('texts') },
      )
      .optional(),
    /** When to ask: these win over the widget's options of the same name. */
    rules: DefinitionRulesSchema.optional(),
    /** When it was published; set by the collector when it serves one. */
    publishedAt: z.iso.datetime('must be an ISO 8601 date-time in UTC, e.g. "2026-11-27T09:30:00Z"').describe('an ISO 8601 date-time in UTC, e.g. "2026-11-27T09:30:00Z"').optional(),
  },
  { error: refused('a survey definition', ['surveyId', 'version', 'defaultLocale', 'questions', 'counterbalance', 'texts', 'rules', 'publishedAt']) },
);

export type DefinitionTextKey = (typeof DEFINITION_TEXT_KEYS)[number];
export type DefinitionQuestion = z.infer<typeof DefinitionQuestionSchema>;
export type DefinitionRules = z.infer<typeof DefinitionRulesSchema>;
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof SurveyDefinitionSchema>;
