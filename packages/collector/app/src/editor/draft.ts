import type { SurveyDefinition, DefinitionTextKey } from '@candor/protocol';

/** One question as the editor holds it: its texts by language, numbers as typed. */
export interface DraftQuestion {
  /** Stable within the editor (keys and labels), unlike the position. */
  key: number;
  id: string;
  prompt: Record<string, string>;
  placeholder: Record<string, string>;
  required: boolean;
  followUp: boolean;
  maxLength: string;
}

/** The asking rules as typed (empty: the script tag's own setting stays); shares in percent, the delay in seconds. */
export interface DraftRules {
  samplePercent: string;
  pages: string;
  minPageViews: string;
  delaySeconds: string;
  frequencyDays: string;
  event: string;
  eventCount: string;
}

/** A survey definition being edited. */
export interface Draft {
  surveyId: string;
  /** The version it was edited from (undefined for a survey never published). */
  basedOn: string | undefined;
  defaultLocale: string;
  /** The languages it has text in, the default first. */
  locales: string[];
  questions: DraftQuestion[];
  texts: Record<string, Partial<Record<DefinitionTextKey, string>>>;
  counterbalancePercent: string;
  rules: DraftRules;
}

/** What POST /v1/surveys/:surveyId/definitions takes (the collector checks it and names what is wrong). */
export type DefinitionBody = Omit<SurveyDefinition, 'publishedAt' | 'version' | 'questions' | 'rules' | 'counterbalance'> & {
  version?: string;
  questions: Record<string, unknown>[];
  counterbalance?: number | string;
  rules?: Record<string, unknown>;
};

let nextKey = 1;
/** A key for a new question. */
export const questionKey = () => nextKey++;

/** The study's questions (DESIGN.md section 3), where a survey starts when nothing is published and nothing answered. */
export const STUDY_QUESTIONS: { id: string; prompt: string; followUp?: boolean }[] = [
  { id: 'context', prompt: 'What’s the last thing you used {product} for?' },
  { id: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', followUp: true },
  { id: 'step', prompt: 'Has AI ever taken a step towards that for you?' },
  { id: 'fear', prompt: 'Are there ways AI might be developed that would be contrary to what you hope for or what you value?', followUp: true },
];

const EMPTY_RULES: DraftRules = { samplePercent: '', pages: '', minPageViews: '', delaySeconds: '', frequencyDays: '', event: '', eventCount: '' };

const text = (value: number | undefined, scale = 1) => (value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6));

/** An empty question, in the draft's languages. */
export function blankQuestion(draft: Draft): DraftQuestion {
  const used = new Set(draft.questions.map((q) => q.id));
  let n = draft.questions.length + 1;
  while (used.has(`question-${n}`)) n += 1;
  return { key: questionKey(), id: `question-${n}`, prompt: {}, placeholder: {}, required: false, followUp: false, maxLength: '5000' };
}

/** A draft of a survey never published: the questions its answers were asked (latest wording), else the study's, in English. */
export function newDraft(surveyId: string, asked: { questionId: string; prompt: string }[] = []): Draft {
  const questions = asked.length > 0 ? asked.map((q) => ({ id: q.questionId, prompt: q.prompt })) : STUDY_QUESTIONS;
  return {
    surveyId,
    basedOn: undefined,
    defaultLocale: 'en',
    locales: ['en'],
    questions: questions.map((q) => ({
      key: questionKey(),
      id: q.id,
      prompt: { en: q.prompt },
      placeholder: {},
      required: false,
      followUp: 'followUp' in q ? Boolean(q.followUp) : false,
      maxLength: '5000',
    })),
    texts: {},
    counterbalancePercent: '',
    rules: { ...EMPTY_RULES },
  };
}

/** The published definition, to edit. */
export function draftFrom(definition: SurveyDefinition): Draft {
  const locales = new Set<string>([definition.defaultLocale]);
  for (const q of definition.questions) for (const locale of [...Object.keys(q.prompt), ...Object.keys(q.placeholder ?? {})]) locales.add(locale);
  for (const locale of Object.keys(definition.texts ?? {})) locales.add(locale);
  const rules = definition.rules ?? {};
  return {
    surveyId: definition.surveyId,
    basedOn: definition.version,
    defaultLocale: definition.defaultLocale,
    locales: [...locales],
    questions: definition.questions.map((q) => ({
      key: questionKey(),
      id: q.id,
      prompt: { ...q.prompt },
      placeholder: { ...(q.placeholder ?? {}) },
      required: q.required,
      followUp: q.followUp,
      maxLength: String(q.maxLength),
    })),
    texts: structuredClone(definition.texts ?? {}),
    counterbalancePercent: text(definition.counterbalance, 100),
    rules: {
      samplePercent: text(rules.sampleRate, 100),
      pages: (rules.pages ?? []).join('\n'),
      minPageViews: text(rules.minPageViews),
      delaySeconds: text(rules.delayMs, 1 / 1000),
      frequencyDays: text(rules.frequencyDays),
      event: rules.event ?? '',
      eventCount: text(rules.eventCount),
    },
  };
}

/** Typed text as a number, scaled; text that is not a number is passed on for the collector to name. */
function number(typed: string, scale = 1): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * scale * 1e9) / 1e9 : trimmed;
}

/** The texts given, in the draft's languages, without empty ones. */
function given(texts: Record<string, string | undefined>, locales: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const locale of locales) {
    const value = texts[locale]?.trim();
    if (value) out[locale] = value;
  }
  return out;
}

const defined = <T extends Record<string, unknown>>(object: T): Partial<T> =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;

/**
 * The draft as a definition to publish. Nothing is checked here: the collector checks it and
 * names each field at fault. A question with no wording at all is sent with an empty one in the
 * default language, so its error lands on that field.
 */
export function definitionFrom(draft: Draft): DefinitionBody {
  const { locales, defaultLocale } = draft;
  const questions = draft.questions.map((q) => {
    const prompt = given(q.prompt, locales);
    const placeholder = given(q.placeholder, locales);
    return {
      id: q.id.trim(),
      prompt: Object.keys(prompt).length > 0 ? prompt : { [defaultLocale]: '' },
      required: q.required,
      maxLength: number(q.maxLength) ?? 5000,
      ...(Object.keys(placeholder).length > 0 ? { placeholder } : {}),
      followUp: q.followUp,
    };
  });
  const texts: DefinitionBody['texts'] = {};
  for (const locale of locales) {
    const set = defined(Object.fromEntries(Object.entries(draft.texts[locale] ?? {}).map(([k, v]) => [k, v?.trim()])));
    if (Object.keys(set).length > 0) texts[locale] = set;
  }
  const r = draft.rules;
  const pages = r.pages.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  const rules = defined({
    sampleRate: number(r.samplePercent, 1 / 100),
    pages: pages.length > 0 ? pages : undefined,
    minPageViews: number(r.minPageViews),
    delayMs: number(r.delaySeconds, 1000),
    frequencyDays: number(r.frequencyDays),
    event: r.event.trim(),
    eventCount: number(r.eventCount),
  });
  const counterbalance = number(draft.counterbalancePercent, 1 / 100);
  return {
    surveyId: draft.surveyId,
    ...(draft.basedOn ? { version: draft.basedOn } : {}),
    defaultLocale,
    questions,
    ...(counterbalance === undefined ? {} : { counterbalance }),
    ...(Object.keys(texts).length > 0 ? { texts } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  };
}
