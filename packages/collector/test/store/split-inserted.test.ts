import { describe, expect, it } from 'vitest';
import { splitInserted } from '../../src/store/split-inserted.js';

describe('splitInserted', () => {
  it('keeps the submitted order and counts a repeat within the batch as a duplicate', () => {
    expect(splitInserted(['a', 'b', 'a', 'c'], ['c', 'a'])).toEqual({ stored: ['a', 'c'], duplicates: ['b', 'a'] });
  });

  it('matches ids regardless of letter case and reports them as submitted', () => {
    expect(splitInserted(['ABC-1'], ['abc-1'])).toEqual({ stored: ['ABC-1'], duplicates: [] });
  });
});
