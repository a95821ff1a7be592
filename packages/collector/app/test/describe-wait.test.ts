import { describe, expect, it } from 'vitest';
import { describeWait } from '../src/format/describe-wait.js';

describe('a wait, said as a reader says it', () => {
  it.each([
    [0, 'at once'],
    [1, '1 second'],
    [90, '90 seconds'],
    [300, '5 minutes'],
    [3600, '60 minutes'],
    [86_400, '24 hours'],
  ])('%i s is “%s”', (seconds, said) => {
    expect(describeWait(seconds)).toBe(said);
  });
});
