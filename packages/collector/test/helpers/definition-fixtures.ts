import type { SurveyDefinitionInput } from '@candor/protocol';
import type { DefinitionContent } from '../../src/store/definition-store.js';

/** A definition's content as a team would write it (no version or publishedAt), with whatever is overridden. */
export function definitionContent(surveyId: string, over: Partial<SurveyDefinitionInput> = {}): DefinitionContent {
  return {
    surveyId,
    defaultLocale: 'en',
    questions: [
      { id: 'hope', prompt: { en: 'If you could wave a magic wand, what would AI do for you?', fr: 'Si vous aviez une baguette magique, que ferait l’IA pour vous ?' }, required: false, maxLength: 5000, followUp: true },
      { id: 'fear', prompt: { en: 'Are there ways AI might be developed that would be contrary to what you hope for?' }, required: false, maxLength: 5000, followUp: false },
    ],
    texts: { en: { inviteTitle: 'Help shape {product}' } },
    rules: { sampleRate: 0.5, pages: ['/chat/*'] },
    ...over,
  } as DefinitionContent;
}
