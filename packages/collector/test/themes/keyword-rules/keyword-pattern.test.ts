import { describe, expect, it } from 'vitest';
import { holdsAt, parseKeywordPattern } from '../../../src/themes/classification/keyword-rules/keyword-pattern.js';
import { normalizeAnswer } from '../../../src/themes/classification/keyword-rules/normalize-answer.js';

/** Whether the rule occurs in the answer, by brute force over every position. */
function finds(rule: string, answer: string): boolean {
  const pattern = parseKeywordPattern(rule);
  const text = normalizeAnswer(answer);
  for (let end = pattern.literal.length; end <= text.length; end++) {
    if (text.slice(end - pattern.literal.length, end) === pattern.literal && holdsAt(pattern, text, end)) return true;
  }
  return false;
}

describe('an answer as the rules read it', () => {
  it('is lower-cased words without accents or punctuation, between single spaces', () => {
    expect(normalizeAnswer('  Größere FREIHEIT, café… l’été!  ')).toBe(' grossere freiheit cafe l ete ');
  });

  it('keeps the voicing of Japanese kana and sets a Latin word inside Japanese apart', () => {
    expect(normalizeAnswer('Pythonでアプリを作ったが')).toBe(' python でアプリを作ったが ');
  });

  it('reads Arabic with or without hamza, short vowels and tatweel the same', () => {
    expect(normalizeAnswer('الوظائف')).toBe(normalizeAnswer('الوظايف'));
    expect(normalizeAnswer('أُريدُ مدرسةً')).toBe(' اريد مدرسه ');
    expect(normalizeAnswer('مـــال')).toBe(' مال ');
  });

  it('reads Hebrew with or without points and final letters the same', () => {
    expect(normalizeAnswer('שָׁלוֹם')).toBe(' שלומ ');
    expect(normalizeAnswer('שלום')).toBe(normalizeAnswer('שלומ'));
  });

  it('is a single space when nothing in it is a letter or a digit', () => {
    expect(normalizeAnswer('?! …')).toBe(' ');
  });
});

describe('a keyword rule', () => {
  it('matches a whole word, whatever its case and accents', () => {
    expect(finds('time', 'More TIME please')).toBe(true);
    expect(finds('time', 'sometimes')).toBe(false);
    expect(finds('economia', 'la economía')).toBe(true);
  });

  it('matches the start of a word with a closing star, and inside a word with two', () => {
    expect(finds('learn*', 'I am learning')).toBe(true);
    expect(finds('learn*', 'relearn')).toBe(false);
    expect(finds('*arbeitslos*', 'Massenarbeitslosigkeit')).toBe(true);
    expect(finds('*daten', 'Gesundheitsdaten')).toBe(true);
  });

  it('matches words in a row as a phrase', () => {
    expect(finds('free time', 'more free time for me')).toBe(true);
    expect(finds('free time', 'time free')).toBe(false);
  });

  it('anchors to the start or the end of the answer', () => {
    expect(finds('^no', 'No, not yet')).toBe(true);
    expect(finds('^no', 'there is no way')).toBe(false);
    expect(finds('nothing$', 'I want nothing')).toBe(true);
    expect(finds('nothing$', 'nothing at all')).toBe(false);
  });

  it('matches Japanese anywhere, as it is written without spaces', () => {
    expect(finds('自由な時間', 'もっと自由な時間がほしい')).toBe(true);
  });

  it('finds an Arabic or Hebrew word behind the short words written joined to it', () => {
    expect(finds('وظائف', 'والوظائف')).toBe(true);
    expect(finds('وظيف*', 'بوظيفتي')).toBe(true);
    expect(finds('وظيف*', 'توظيف')).toBe(false);
    expect(finds('עבודה', 'והעבודה')).toBe(true);
    expect(finds('עבודה', 'בעבודתי')).toBe(false);
  });

  it('carries a weight, 1 unless written, negative to count against', () => {
    expect(parseKeywordPattern('cure*:2').weight).toBe(2);
    expect(parseKeywordPattern('cure').weight).toBe(1);
    expect(parseKeywordPattern('no comment:-3').weight).toBe(-3);
  });

  it.each([
    ['a star in the middle', 'lea*rn', '"*" may only open or close it'],
    ['no letters', '*!?*', 'has no letters or digits to match'],
    ['a weight out of range', 'learn:20', 'the weight after ":" must be from 0.1 to 10'],
  ])('is refused with a clear message when it has %s', (_what, rule, message) => {
    expect(() => parseKeywordPattern(rule)).toThrow(`keyword "${rule}": ${message}`);
  });
});
