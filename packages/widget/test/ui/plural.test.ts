import { describe, expect, it } from 'vitest';
import { plural } from '../../src/ui/plural.js';

describe('counted phrases', () => {
  const email = 'one:{n} email address|{n} email addresses';

  it('takes the form tagged with the number’s plural category, with the number filled in', () => {
    expect(plural(email, 1, 'en')).toBe('1 email address');
    expect(plural(email, 2, 'en')).toBe('2 email addresses');
    expect(plural(email, 21, 'en')).toBe('21 email addresses');
  });

  it('falls back to the last form (other) for a category without a form of its own', () => {
    const phone = 'one:رقم هاتف واحدًا|two:رقمَي هاتف|few:{n} أرقام هواتف|{n} رقم هاتف';
    expect(plural(phone, 11, 'ar')).toBe('11 رقم هاتف'); // "many": no form, so "other"
    expect(plural(phone, 100, 'ar')).toBe('100 رقم هاتف');
  });

  it('follows each language’s own rules: French counts 0 and 1 alike, Arabic has a dual and a few', () => {
    const fr = 'one:{n} adresse|{n} adresses';
    expect([0, 1, 2].map((n) => plural(fr, n, 'fr'))).toEqual(['0 adresse', '1 adresse', '2 adresses']);
    const ar = 'one:واحد|two:اثنان|few:{n} قليل|many:{n} كثير|{n} آخر';
    expect([1, 2, 3, 10, 11, 99, 100].map((n) => plural(ar, n, 'ar'))).toEqual(['واحد', 'اثنان', '3 قليل', '10 قليل', '11 كثير', '99 كثير', '100 آخر']);
  });

  it('takes a phrase with one form (a team’s own wording, or a language without plurals) as it is', () => {
    expect(plural('メールアドレス{n}件', 3, 'ja')).toBe('メールアドレス3件');
    expect(plural('personal details', 2, 'en')).toBe('personal details');
  });
});
