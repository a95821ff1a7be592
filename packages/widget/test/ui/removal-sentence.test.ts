import { describe, expect, it } from 'vitest';
import type { LocalePack } from '../../src/locales/locale-pack.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import en from '../../src/locales/en.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import he from '../../src/locales/he.js';
import ja from '../../src/locales/ja.js';
import pt from '../../src/locales/pt.js';
import type { Redaction, RedactionKind } from '../../src/ui/redact.js';
import { redact } from '../../src/ui/redact.js';
import { removalSentence } from '../../src/ui/removal-sentence.js';

/** What redaction found: `n` of each kind, in this order. */
const found = (...counts: [RedactionKind, number][]): Redaction[] => counts.flatMap(([kind, n]) => Array.from({ length: n }, (_, i) => ({ kind, value: `${kind}${i}` })));
/** The sentence, its no-break spaces (between a number and its noun) read as spaces. */
const say = (pack: LocalePack, lang: string, ...counts: [RedactionKind, number][]) => removalSentence(pack.strings, lang, found(...counts)).replace(/\u00a0/g, ' ');

describe('the redaction preview, as one sentence', () => {
  it('counts what the user typed, by kind, in the order it appears', () => {
    const { found: typed } = redact('Mail jane@example.com or call +44 20 7946 0958, or bob@example.org');
    expect(removalSentence(en.strings, 'en', typed)).toBe('Before sending, we’ll remove 2\u00a0email addresses and 1\u00a0phone number.');
  });

  it.each([['en', en], ['es', es], ['fr', fr], ['de', de], ['pt', pt], ['ar', ar], ['he', he]] as const)('keeps a number on the same line as its noun in %s (a no-break space)', (lang, pack) => {
    expect(removalSentence(pack.strings, lang, found(['phone', 12]))).toMatch(/12\u00a0/);
  });

  it('says nothing when nothing is found', () => {
    expect(removalSentence(en.strings, 'en', [])).toBe('');
  });

  it('lists three kinds or more as the language does', () => {
    expect(say(en, 'en', ['email', 1], ['card', 1], ['key', 2])).toBe('Before sending, we’ll remove 1 email address, 1 card number, and 2 keys or tokens.');
  });

  it.each([
    ['es', es, 'Antes del envío, eliminaremos 1 dirección de correo electrónico y 2 números de teléfono.'],
    ['fr', fr, 'Avant l’envoi, nous retirerons 1 adresse e-mail et 2 numéros de téléphone.'],
    ['de', de, 'Vor dem Senden entfernen wir 1 E-Mail-Adresse und 2 Telefonnummern.'],
    ['pt', pt, 'Antes do envio, vamos remover 1 endereço de e-mail e 2 números de telefone.'],
    ['ja', ja, '送信前に、メールアドレス1件、電話番号2件を削除します。'],
  ])('in %s, with the singular and the plural right', (lang, pack, sentence) => {
    expect(say(pack, lang, ['email', 1], ['phone', 2])).toBe(sentence);
  });

  it('in Arabic, with the singular, the dual, the plural of 3 to 10 and the counted singular beyond', () => {
    expect(say(ar, 'ar', ['email', 1], ['phone', 2])).toBe('قبل الإرسال، سنحذف عنوان بريد إلكتروني واحدًا ورقمَي هاتف.');
    expect(say(ar, 'ar', ['card', 3])).toBe('قبل الإرسال، سنحذف 3 أرقام بطاقات.');
    expect(say(ar, 'ar', ['key', 11])).toBe('قبل الإرسال، سنحذف 11 مفتاح وصول.');
    expect(say(ar, 'ar', ['email', 100])).toBe('قبل الإرسال، سنحذف 100 عنوان بريد إلكتروني.');
  });

  it('in Hebrew, with the singular (and its gender), the dual and the plural', () => {
    expect(say(he, 'he', ['email', 1], ['phone', 1])).toBe('לפני השליחה נסיר כתובת דוא״ל אחת ומספר טלפון אחד.');
    expect(say(he, 'he', ['email', 2], ['card', 2])).toBe('לפני השליחה נסיר שתי כתובות דוא״ל ושני מספרי כרטיס.');
    expect(say(he, 'he', ['key', 5])).toMatch(/^לפני השליחה נסיר 5 מפתחות גישה\.$/);
  });
});
