import { describe, expect, it } from 'vitest';
import { bearerToken, requireAdminToken, tokensMatch } from '../../src/http/admin-token.js';

describe('the admin token check', () => {
  it('matches only the exact token, whatever the lengths', () => {
    expect(tokensMatch('s3cret', 's3cret')).toBe(true);
    expect(tokensMatch('s3cret', 's3cre')).toBe(false);
    expect(tokensMatch('', 's3cret')).toBe(false);
    expect(tokensMatch('S3CRET', 's3cret')).toBe(false);
  });

  it('reads the token of a Bearer header, any case of "Bearer", and nothing else', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer   two words ')).toBe('two words');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer ')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('answers 403 when no token is configured, 401 when one is missing or wrong', () => {
    const status = (expected: string | undefined, presented: string | undefined) => {
      try {
        requireAdminToken(expected, presented, 'a header');
        return 200;
      } catch (error) {
        return (error as { statusCode: number }).statusCode;
      }
    };
    expect(status(undefined, 'x')).toBe(403);
    expect(status('t', undefined)).toBe(401);
    expect(status('t', 'u')).toBe(401);
    expect(status('t', 't')).toBe(200);
  });
});
