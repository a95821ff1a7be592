import type { DefinitionBody } from './draft.js';

/** What the preview page is sent: the widget's options for the draft, in one language. */
export interface PreviewMessage {
  type: 'candor-preview';
  options: Record<string, unknown>;
}

const first = (texts: Record<string, string> | undefined, locale: string, fallback: string) =>
  texts?.[locale]?.trim() || texts?.[fallback]?.trim() || Object.values(texts ?? {}).find((t) => t.trim()) || undefined;

const within = (value: unknown, min: number, max: number) => typeof value === 'number' && value >= min && value <= max;

/**
 * The widget's options that show the draft as it would be asked in `locale`, as a widget given the
 * published definition shows it (definitionOptions in the widget): its questions in that language
 * (the default language's text where it has none), that language's texts laid over the widget's
 * own (a language without texts of its own keeps the widget's), the purpose screen when `consent`. Lenient, so an unfinished draft still shows:
 * a question without wording or id gets a stand-in; numbers out of range are left out.
 */
export function previewOptions(body: DefinitionBody, locale: string, consent: boolean): Record<string, unknown> {
  const fallback = body.defaultLocale ?? 'en';
  const questions = body.questions.map((q, i) => {
    const placeholder = first(q['placeholder'] as Record<string, string> | undefined, locale, fallback);
    return {
      id: typeof q['id'] === 'string' && q['id'] ? q['id'].slice(0, 100) : `question-${i + 1}`,
      prompt: (first(q['prompt'] as Record<string, string>, locale, fallback) ?? '(No wording yet)').slice(0, 2000),
      required: q['required'] === true,
      ...(within(q['maxLength'], 1, 50_000) ? { maxLength: q['maxLength'] } : {}),
      ...(placeholder ? { placeholder: placeholder.slice(0, 200) } : {}),
      followUp: q['followUp'] === true,
    };
  });
  const strings = body.texts?.[locale] ?? {};
  return {
    locale,
    questions,
    strings,
    consent,
    ...(within(body.counterbalance, 0, 1) ? { counterbalance: body.counterbalance } : {}),
  };
}
