import { describe, expect, it } from 'vitest';
import { applyMinGroupSize } from '../../../src/themes/reports/privacy-threshold.js';
import { parseCollectorOptions } from '../../../src/options/collector-options.js';

const group = (key: string, ...people: string[]) => ({ key, people: new Set(people) });
const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('the privacy threshold', () => {
  it('shows a group of k people and hides one of k - 1', () => {
    const result = applyMinGroupSize([group('big', ...people('a', 3)), group('small', ...people('b', 2))], 3);

    expect(result.shown).toEqual([{ key: 'big', people: 3 }]);
    expect(result.other).toBeNull();
    expect(result).toMatchObject({ folded: 1, otherSuppressed: true });
  });

  it('folds the small groups into "other", counting each person once, and shows it when it reaches k', () => {
    const result = applyMinGroupSize([group('a', 'p1', 'p2'), group('b', 'p2', 'p3'), group('c', 'p4')], 4);

    expect(result.shown).toEqual([]);
    expect(result.other).toEqual({ people: 4, groups: 3 });
    expect(result.otherSuppressed).toBe(false);
  });

  it('keeps "other" hidden when the small groups together hold fewer than k distinct people', () => {
    const result = applyMinGroupSize([group('a', 'p1', 'p2'), group('b', 'p1', 'p2')], 3);

    expect(result.other).toBeNull();
    expect(result.otherSuppressed).toBe(true);
  });

  it('orders shown groups by size, then key, and ignores empty groups', () => {
    const result = applyMinGroupSize([group('b', ...people('x', 2)), group('a', ...people('y', 2)), group('c', ...people('z', 5)), group('e')], 2);

    expect(result.shown.map((g) => g.key)).toEqual(['c', 'a', 'b']);
    expect(result.folded).toBe(0);
  });

  it('takes only a whole number of people, 1 or more, as k', () => {
    expect(parseCollectorOptions({ minGroupSize: 1 }).minGroupSize).toBe(1);
    expect(() => parseCollectorOptions({ minGroupSize: 0 })).toThrow(/minGroupSize/);
    expect(() => parseCollectorOptions({ minGroupSize: 2.5 })).toThrow(/minGroupSize/);
  });
});
