import { describe, expect, it } from 'vitest';
import { jsonbSafeText } from '../../src/store/jsonb-safe-text.js';

describe('jsonbSafeText', () => {
  it('replaces NUL and lone surrogates with U+FFFD, in values and keys', () => {
    const text = jsonbSafeText({ 'k\u0000': ['a\u0000', '\uD800x', 'x\uDC00', '\uDC00\uD800'] });

    expect(JSON.parse(text)).toEqual({ 'k\uFFFD': ['a\uFFFD', '\uFFFDx', 'x\uFFFD', '\uFFFD\uFFFD'] });
  });

  it('leaves everything else alone, surrogate pairs included', () => {
    const value = { a: '👩🏽‍💻 \u202E <b> \u0001 \\u0000', n: 1, b: true, z: null, nested: [{ x: 'é' }] };

    expect(jsonbSafeText(value)).toBe(JSON.stringify(value));
  });
});
