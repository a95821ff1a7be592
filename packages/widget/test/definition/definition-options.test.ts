import { describe, expect, it } from 'vitest';
import { SurveyDefinitionSchema } from '@candor/protocol';
import { definitionOptions } from '../../src/definition/apply-definition.js';
import { matchLocale, pickLocale } from '../../src/definition/pick-locale.js';

const definition = SurveyDefinitionSchema.parse({
  surveyId: 'study',
  version: '5',
  defaultLocale: 'fr',
  counterbalance: 0.5,
  questions: [
    { id: 'hope', prompt: { en: 'Hope?', fr: 'Espoir ?', 'pt-BR': 'Esperança?' }, placeholder: { en: 'Anything', fr: 'Tout' } },
    { id: 'fear', prompt: { fr: 'Crainte ?' }, required: true },
  ],
  texts: { en: { inviteTitle: 'Two minutes?' }, fr: { inviteTitle: 'Deux minutes ?' } },
  rules: { sampleRate: 0.2, pages: ['/chat/*'] },
});

describe('the options a definition sets', () => {
  it('win over the page\'s for every field it sets: survey, version, questions, counterbalance, rules; its texts over `strings`', () => {
    expect(definitionOptions(definition, { strings: { inviteTitle: 'Tag title', start: 'Go' } }, ['en'])).toEqual({
      surveyId: 'study',
      surveyVersion: '5',
      locale: 'en',
      counterbalance: 0.5,
      questions: [
        { id: 'hope', prompt: 'Hope?', placeholder: 'Anything', required: false, maxLength: 5000, followUp: false },
        { id: 'fear', prompt: 'Crainte ?', required: true, maxLength: 5000, followUp: false },
      ],
      strings: { inviteTitle: 'Two minutes?', start: 'Go' },
      sampleRate: 0.2,
      pages: ['/chat/*'],
    });
  });

  it('leave out what it does not set (texts for another language, counterbalance, rules), so the page\'s stay', () => {
    const bare = SurveyDefinitionSchema.parse({ surveyId: 's', version: '1', questions: [{ id: 'q', prompt: { de: 'Frage?' } }], texts: { en: { thanks: 'Thanks' } } });
    expect(Object.keys(definitionOptions(bare, { strings: { start: 'Go' } }, ['de-AT']))).toEqual(['surveyId', 'surveyVersion', 'questions', 'locale']);
  });

  it('are in the reader\'s first language the definition has, else its defaultLocale, else its first', () => {
    expect(definitionOptions(definition, {}, ['pt-BR', 'en']).locale).toBe('pt-BR');
    expect(definitionOptions(definition, {}, ['de', 'en-GB']).locale).toBe('en');
    expect(definitionOptions(definition, {}, ['de']).locale).toBe('fr');
    expect(definitionOptions(definition, {}, [undefined, 'ja']).questions![0]!.placeholder).toBe('Tout');
  });
});

describe('choosing a language', () => {
  it('matches a tag exactly, whatever its case or separator, else by language, in the reader\'s order', () => {
    expect(matchLocale(['en', 'pt-BR'], ['PT_br'])).toBe('pt-BR');
    expect(matchLocale(['en', 'pt'], ['pt-BR'])).toBe('pt');
    expect(matchLocale(['en', 'pt-PT'], ['pt-BR'])).toBe('pt-PT');
    expect(matchLocale(['en', 'fr'], ['de', 'fr-CA', 'en'])).toBe('fr');
    expect(matchLocale(['en'], ['de', undefined])).toBeUndefined();
  });

  it('falls back to the default language when the text has it, else to the text\'s first', () => {
    expect(pickLocale(['es', 'en'], ['de'], 'en')).toBe('en');
    expect(pickLocale(['es', 'it'], ['de'], 'en')).toBe('es');
  });
});
