import { describe, expect, it } from 'vitest';
import { pageMatches } from '../../src/scheduling/page-matches.js';
import { resolveLocale } from '../../src/locales/resolve-locale.js';

describe('the widget’s language', () => {
  it.each([
    [['es'], ['es', 'es']],
    [['pt-BR'], ['pt', 'pt-BR']],
    [['PT_pt'], ['pt', 'PT_pt']],
    [['iw-IL'], ['he', 'iw-IL']],
    [[undefined, 'ar-EG', 'en'], ['ar', 'ar-EG']],
    [['it', 'nl', 'ja-JP'], ['ja', 'ja-JP']],
    [['', 'de-CH'], ['de', 'de-CH']],
    [['zh-CN', 'ko'], ['en', 'en']],
    [[], ['en', 'en']],
  ])('from %j is %j', (candidates, expected) => {
    expect(resolveLocale(candidates)).toEqual(expected);
  });

  it('takes the first candidate it speaks: the option, then the page, then the browser', () => {
    expect(resolveLocale(['fr', 'de', 'en-US'])[0]).toBe('fr');
    expect(resolveLocale([undefined, 'de', 'en-US'])[0]).toBe('de');
  });
});

describe('page patterns', () => {
  it.each([
    [['/chat/*'], '/chat/42', true],
    [['/chat/*'], '/chat', false],
    [['/chat*'], '/chat', true],
    [['/settings'], '/settings', true],
    [['/settings'], '/settings/billing', false],
    [['*/help'], '/docs/help', true],
    [['/a.b'], '/axb', false],
    [['/(x)'], '/(x)', true],
    [['/one', '/two/*'], '/two/three', true],
  ])('%j on %s: %s', (patterns, path, expected) => {
    expect(pageMatches(patterns, path)).toBe(expected);
  });

  it('matches every page when no patterns are given', () => {
    expect(pageMatches(undefined, '/anything')).toBe(true);
  });
});
