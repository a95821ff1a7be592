import { describe, expect, it } from 'vitest';
import { normalizeOrigins } from '../../src/http/allowed-origins.js';
import { isOriginAllowed } from '../../src/http/origin-allowed.js';

describe('allowed origins', () => {
  it('normalises configured origins: case, default ports, a trailing slash, blanks and repeats', () => {
    expect(normalizeOrigins(['HTTPS://App.Example.com:443/', ' http://localhost:5173 ', '', 'https://app.example.com'])).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
  });

  it('turns a list containing * into "every origin"', () => {
    expect(normalizeOrigins(['https://a.example', '*'])).toBe('*');
  });

  it.each(['app.example.com', 'ftp://files.example', 'https://a.example/path', 'https://a.example?x=1', 'https://user@a.example'])(
    'refuses %s, naming it',
    (value) => {
      expect(() => normalizeOrigins([value])).toThrow(value);
    },
  );

  it('lets a request post when it has no Origin, an allowed one, or the collector\'s own host', () => {
    const allowed = ['https://app.example.com'];
    expect(isOriginAllowed(undefined, allowed, 'collect.example.com')).toBe(true);
    expect(isOriginAllowed('https://app.example.com', allowed, 'collect.example.com')).toBe(true);
    expect(isOriginAllowed('https://collect.example.com', allowed, 'collect.example.com')).toBe(true);
    expect(isOriginAllowed('https://evil.example', allowed, 'collect.example.com')).toBe(false);
    expect(isOriginAllowed('null', allowed, 'collect.example.com')).toBe(false);
    expect(isOriginAllowed('null', '*', 'collect.example.com')).toBe(true);
  });
});
