import { describe, expect, it } from 'vitest';
import { compileScheme } from '../../../src/themes/classification/keyword-rules/compile-scheme.js';
import type { KeywordRulesCodebook } from '../../../src/themes/classification/keyword-rules/keyword-codebook.js';
import { labelWithKeywordRules } from '../../../src/themes/classification/keyword-rules/label-with-keyword-rules.js';

const codebook = (categories: KeywordRulesCodebook['schemes'][number]['categories'], multiLabel = false): KeywordRulesCodebook => ({
  schemes: [{ questionId: 'wish', multiLabel, categories }],
});

describe('keyword rules on a custom codebook', () => {
  it("labels a category from the codebook's keywords, in every language they are given in", () => {
    const book = codebook([
      { id: 'pricing', label: 'Pricing', description: 'What the product costs.', keywords: ['price*', 'precio*', 'expensive', '値段'] },
      { id: 'speed', label: 'Speed', description: 'How fast the product is.', keywords: ['slow*', 'lent*', 'faster'] },
    ]);
    expect(labelWithKeywordRules(book, 'wish', ['Lower prices please', 'bajar los precios', '値段が高い', 'Il est trop lent', 'the colour'])).toEqual([
      ['pricing'],
      ['pricing'],
      ['pricing'],
      ['speed'],
      [],
    ]);
  });

  it('without keywords, matches a category on the words of its label and description only', () => {
    const book = codebook([
      { id: 'pricing', label: 'Pricing', description: 'What the product costs, discounts and plans.' },
      { id: 'speed', label: 'Speed', description: 'How fast or slow the product feels.' },
    ]);
    expect(compileScheme(book.schemes[0]!).sources).toEqual(['label and description', 'label and description']);
    expect(labelWithKeywordRules(book, 'wish', ['Better discounts on the yearly plans', 'It feels slow', 'Que sea más barato'])).toEqual([['pricing'], ['speed'], []]);
  });

  it('keeps the shipped lexicon for a study category id and adds the codebook keywords to it', () => {
    const book = codebook([
      { id: 'time-freedom', label: 'Time back', description: 'More free time.', keywords: ['siesta*'] },
      { id: 'entrepreneurship', label: 'Own business', description: 'Starting a business.' },
    ]);
    expect(compileScheme(book.schemes[0]!).sources).toEqual(['lexicon and keywords', 'lexicon']);
    expect(labelWithKeywordRules(book, 'wish', ['Más tiempo libre', 'una siesta larga', 'Mein eigenes Unternehmen gründen'])).toEqual([
      ['time-freedom'],
      ['time-freedom'],
      ['entrepreneurship'],
    ]);
  });

  it('gives every category that reaches the score in a multi-label scheme', () => {
    const book = codebook(
      [
        { id: 'pricing', label: 'Pricing', description: 'Cost.', keywords: ['price*'] },
        { id: 'speed', label: 'Speed', description: 'Speed.', keywords: ['slow*'] },
      ],
      true,
    );
    expect(labelWithKeywordRules(book, 'wish', ['slow and the price is high'])).toEqual([['pricing', 'speed']]);
  });

  it('refuses a malformed keyword, naming the question, the category and the keyword', () => {
    const book = codebook([{ id: 'pricing', label: 'Pricing', description: 'Cost.', keywords: ['pri*ce'] }]);
    expect(() => labelWithKeywordRules(book, 'wish', ['x'])).toThrow('Codebook question "wish", category "pricing": keyword "pri*ce": "*" may only open or close it');
  });
});
