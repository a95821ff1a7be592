import { describe, expect, it } from 'vitest';
import type { LocalePack, StringKey } from '../../src/locales/locale-pack.js';
import en from '../../src/locales/en.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import de from '../../src/locales/de.js';
import pt from '../../src/locales/pt.js';
import ja from '../../src/locales/ja.js';
import ar from '../../src/locales/ar.js';
import he from '../../src/locales/he.js';

const translations: Record<string, LocalePack> = { es, fr, de, pt, ja, ar, he };
const all: Record<string, LocalePack> = { en, ...translations };
const englishKeys = Object.keys(en.strings).sort() as StringKey[];

/** Every sentence of a pack with a readable name: the strings by key, then the questions by id. */
const sentences = (pack: LocalePack): [string, string][] => [
  ...Object.entries(pack.strings),
  ...pack.questions.map((q): [string, string] => [`question ${q.id}`, q.prompt]),
];
/** The placeholders a sentence uses (a counted phrase may use `{n}` in several forms, or in none of some). */
const tokens = (text: string) => [...new Set(text.match(/\{\w+\}/g))].sort();

describe.each(Object.entries(all))('the %s locale pack', (_, pack) => {
  it('has exactly the English keys, each a non-empty string', () => {
    expect(Object.keys(pack.strings).sort()).toEqual(englishKeys);
    for (const [key, text] of sentences(pack)) {
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps exactly the placeholders the English sentence has, no more and no fewer', () => {
    for (const key of englishKeys) expect(tokens(pack.strings[key]), key).toEqual(tokens(en.strings[key]));
    pack.questions.forEach((q, i) => expect(tokens(q.prompt), q.id).toEqual(tokens(en.questions[i]!.prompt)));
  });

  it('asks the study’s four questions with the English ids, in order, and the same follow-up flags', () => {
    expect(pack.questions.map((q) => ({ id: q.id, followUp: q.followUp }))).toEqual(
      en.questions.map((q) => ({ id: q.id, followUp: q.followUp })),
    );
  });
});

const COUNTED = ['email', 'phone', 'card', 'key'] as const;

describe.each(Object.entries(all))('the %s counted phrases (the redaction preview)', (code, pack) => {
  const rules = new Intl.PluralRules(code);
  const categories = rules.resolvedOptions().pluralCategories;
  /** The counts from 1 to 200 that fall in a category. */
  const counts = (category: string) => Array.from({ length: 200 }, (_, i) => i + 1).filter((n) => rules.select(n) === category);

  it.each(COUNTED)('%s: tags only plural categories the language has, and ends with its untagged "other" form', (kind) => {
    const forms = pack.strings[kind].split('|');
    const last = forms.pop()!;
    expect(last, 'the last form is untagged').not.toMatch(/^[a-z]+:/);
    for (const form of forms) {
      const tag = form.slice(0, form.indexOf(':'));
      expect(categories, `${kind}: "${tag}:"`).toContain(tag);
      expect(tag).not.toBe('other');
    }
  });

  it.each(COUNTED)('%s: shows the number in every form that stands for more than one count', (kind) => {
    const forms = pack.strings[kind].split('|');
    for (const category of categories) {
      const form = forms.find((f) => f.startsWith(`${category}:`)) ?? forms[forms.length - 1]!;
      if (counts(category).length > 1) expect(form, `${kind}, ${category} (${counts(category).slice(0, 5).join(', ')}...)`).toContain('{n}');
    }
  });
});

describe.each(Object.entries(translations))('the %s translation', (_, pack) => {
  it('leaves no sentence identical to the English one (a sign of a missed translation)', () => {
    const english = new Map(sentences(en));
    for (const [name, text] of sentences(pack)) expect(text, name).not.toBe(english.get(name));
  });
});

describe('script and direction', () => {
  it('read right to left in Arabic and Hebrew only', () => {
    for (const [code, pack] of Object.entries(all)) expect(pack.rtl === true, code).toBe(code === 'ar' || code === 'he');
  });

  it.each([
    ['ar', ar, /\p{Script=Arabic}/u],
    ['he', he, /\p{Script=Hebrew}/u],
    ['ja', ja, /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u],
  ])('write every %s sentence in its own script', (_, pack, script) => {
    for (const [name, text] of sentences(pack)) expect(text, name).toMatch(script);
  });

  it('put a non-breaking space before French high punctuation, never a plain one', () => {
    for (const [name, text] of sentences(fr)) expect(text, name).not.toMatch(/ [:;?!]/);
  });
});
