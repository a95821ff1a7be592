import { describe, expect, it } from 'vitest';
import { buildStringMatcher } from '../../../src/themes/classification/keyword-rules/string-matcher.js';

const occurrences = (literals: string[], text: string) => {
  const found: string[] = [];
  buildStringMatcher(literals).scan(text, (index, end) => found.push(`${literals[index]}@${end}`));
  return found;
};

describe('the string matcher', () => {
  it('finds every occurrence of every literal, overlapping ones and ones inside others included', () => {
    expect(occurrences(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['she@4', 'he@4', 'hers@6']);
  });

  it('finds a literal each time it occurs, in any script', () => {
    expect(occurrences(['時間', 'עבודה'], '時間と時間 עבודה')).toEqual(['時間@2', '時間@5', 'עבודה@11']);
  });

  it('finds nothing in a text without the literals, or with no literals at all', () => {
    expect(occurrences(['cat'], 'dog')).toEqual([]);
    expect(occurrences([], 'anything')).toEqual([]);
  });
});
