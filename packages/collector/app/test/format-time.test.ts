import { describe, expect, it } from 'vitest';
import { relativeTime } from '../src/format/format-time.js';
import { apiQuery } from '../src/routing/filters.js';
import { safeReturnPath } from '../src/routing/location.js';

const now = Date.parse('2026-12-03T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('times as a reader reads them', () => {
  it('says how long ago within a week, and the day after that', () => {
    expect(relativeTime(ago(20_000), now)).toBe('just now');
    expect(relativeTime(ago(20 * 60_000), now)).toBe('20m ago');
    expect(relativeTime(ago(3 * 3_600_000), now)).toBe('3h ago');
    expect(relativeTime(ago(26 * 3_600_000), now)).toBe('yesterday');
    expect(relativeTime(ago(10 * 86_400_000), now)).toMatch(/2026/);
  });
});

describe('the filters the collector is asked for', () => {
  it('turns days into the viewer’s local midnights and passes anything else on to be judged', () => {
    const query = new URLSearchParams(apiQuery({ from: '2026-11-27', to: '2026-11-27', q: 'family' }));
    expect(query.get('from')).toBe(new Date(2026, 10, 27).toISOString());
    expect(query.get('to')).toBe(new Date(2026, 10, 28).toISOString());
    expect(new URLSearchParams(apiQuery({ from: 'last week' })).get('from')).toBe('last week');
  });
});

describe('where sign-in returns to', () => {
  it.each([
    ['/answers?q=x', '/answers?q=x'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/v1/answers.csv', '/'],
    [null, '/'],
  ])('%s goes to %s', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });
});

describe('what a refusal says on screen', () => {
  it('names a bad filter by its label, and a busy collector in plain words', async () => {
    const { ApiError } = await import('../src/api/api-error.js');
    expect(new ApiError(400, 'The "locale" query parameter must be at most 35 characters; it has 40.').plain).toBe('The “Language” filter cannot be applied: it must be at most 35 characters; it has 40.');
    expect(new ApiError(503, 'The collector is overloaded; retry after 5 seconds (see the Retry-After header).').plain).not.toMatch(/header|\/v1/i);
    expect(new ApiError(429, 'Too many requests from this client: at most 600 a minute are accepted. Retry after 4 seconds (see the Retry-After header).').plain).not.toMatch(/header/i);
    expect(new ApiError(429, 'Too many wrong admin tokens from this address. Wait 8 seconds before trying again.').plain).toBe('Too many wrong admin tokens from this address. Wait 8 seconds before trying again.');
  });
});
