import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/themes/reports/wilson-interval.js';

describe('the 95 % interval of a theme share', () => {
  it('matches the Wilson score interval for half of ten people', () => {
    const { low, high } = wilsonInterval(5, 10);
    expect(low).toBeCloseTo(0.2366, 4);
    expect(high).toBeCloseTo(0.7634, 4);
  });

  it('stays within 0 and 1 when nobody or everybody holds the theme', () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(0.7225, 4);
  });

  it('narrows as more people answer', () => {
    const few = wilsonInterval(20, 100);
    const many = wilsonInterval(2_000, 10_000);
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 5);
  });

  it('is empty when nobody answered', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 0 });
  });
});
