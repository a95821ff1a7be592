import { describe, expect, it } from 'vitest';
import { definitionFrom, draftFrom } from '../src/editor/draft.js';
import { previewOptions } from '../src/editor/preview-options.js';
import { publishedDefinition } from './helpers/fake-definitions.js';

const definition = publishedDefinition('checkout-study', '4', { en: 'What would AI do for you?', fr: 'Que ferait l’IA pour vous ?' }, {
  texts: { en: { inviteTitle: 'Help shape {product}', thanks: 'Thanks!' }, fr: { inviteTitle: 'Aidez-nous' } },
  counterbalance: 0.5,
  rules: { sampleRate: 0.25, delayMs: 8000, pages: ['/chat/*'] },
});

describe('the live preview’s widget options', () => {
  it('show the questions in the language chosen (the default language’s where it has none) and that language’s own texts, as the widget does', () => {
    const options = previewOptions(definitionFrom(draftFrom(definition)), 'fr', false);

    expect(options).toEqual({
      locale: 'fr',
      questions: [
        { id: 'hope', prompt: 'Que ferait l’IA pour vous ?', required: false, maxLength: 5000, followUp: true },
        { id: 'fear', prompt: 'What worries you?', required: false, maxLength: 5000, followUp: false },
      ],
      // English "Thanks!" is not laid over the widget's own French thank-you, as on a real page.
      strings: { inviteTitle: 'Aidez-nous' },
      consent: false,
      counterbalance: 0.5,
    });
  });

  it('still show an unfinished draft: stand-ins for a missing id or wording, numbers out of range left out', () => {
    const draft = draftFrom(definition);
    draft.questions[0] = { ...draft.questions[0]!, id: '', prompt: {}, maxLength: 'lots' };
    draft.counterbalancePercent = '250';

    const options = previewOptions(definitionFrom(draft), 'en', true);

    expect(options['questions']).toEqual([
      { id: 'question-1', prompt: '(No wording yet)', required: false, followUp: true },
      { id: 'fear', prompt: 'What worries you?', required: false, maxLength: 5000, followUp: false },
    ]);
    expect(options).not.toHaveProperty('counterbalance');
    expect(options['consent']).toBe(true);
  });
});

describe('a draft', () => {
  it('reads a published definition in the editor’s units and gives back the same definition, edited from its version', () => {
    const draft = draftFrom(definition);

    expect(draft.rules).toMatchObject({ samplePercent: '25', delaySeconds: '8', pages: '/chat/*' });
    expect(draft.counterbalancePercent).toBe('50');
    const { publishedAt: _publishedAt, ...content } = definition;
    expect(definitionFrom(draft)).toEqual(content);
  });
});
