import { describe, expect, it } from 'vitest';
import { redact, type Redaction, type RedactionKind } from '../../src/ui/redact.js';

const as = (kind: RedactionKind) => (value: string): Redaction => ({ kind, value });
const email = as('email');
const phone = as('phone');
const card = as('card');
const key = as('key');

type Case = [behaviour: string, input: string, output: string, found: Redaction[]];

const emails: Case[] = [
  ['a plain address in an English sentence', 'Write to me at jane.doe@example.com if you need more.', 'Write to me at [email] if you need more.', [email('jane.doe@example.com')]],
  ['an address with a plus tag', 'Contact: ana+feedback@mail.example.org', 'Contact: [email]', [email('ana+feedback@mail.example.org')]],
  ['an upper-case address on a subdomain, keeping the full stop after it', 'MY ADDRESS IS JOHN.SMITH@SALES.EXAMPLE.CO.UK.', 'MY ADDRESS IS [email].', [email('JOHN.SMITH@SALES.EXAMPLE.CO.UK')]],
  ['an address with accented letters, in French', 'Écrivez-moi à élodie.martin@exemple.fr, merci !', 'Écrivez-moi à [email], merci !', [email('élodie.martin@exemple.fr')]],
  ['an address in Spanish', 'Mi correo es josé.garcía@ejemplo.es.', 'Mi correo es [email].', [email('josé.garcía@ejemplo.es')]],
  ['an address glued to Japanese text', '連絡はjohn@example.comまでお願いします', '連絡は[email]までお願いします', [email('john@example.com')]],
  ['an address between Arabic words', 'راسلني على omar.haddad@example.ae شكرا', 'راسلني على [email] شكرا', [email('omar.haddad@example.ae')]],
  ['an address after Hebrew', 'כתבו לי: dana@example.co.il תודה', 'כתבו לי: [email] תודה', [email('dana@example.co.il')]],
  ['an address with underscores, dashes and digits, in German', 'Meine E-Mail: Max_Mustermann-1990@web.de, danke.', 'Meine E-Mail: [email], danke.', [email('Max_Mustermann-1990@web.de')]],
  ['an address made of a phone number, as an address', 'Text 4155550132@txt.example.net instead', 'Text [email] instead', [email('4155550132@txt.example.net')]],
  ['an address whose local part looks like a token, as an address', 'from a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6@users.noreply.github.com', 'from [email]', [email('a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6@users.noreply.github.com')]],
  ['two addresses, in the order written', 'cc ops@example.io and Sam.Lee@example.io please', 'cc [email] and [email] please', [email('ops@example.io'), email('Sam.Lee@example.io')]],
];

const keys: Case[] = [
  ['an OpenAI project key', 'I pasted sk-proj-4fG7hJ2kL9mN1pQ3rS5tU8vW0xY6zA by mistake', 'I pasted [key] by mistake', [key('sk-proj-4fG7hJ2kL9mN1pQ3rS5tU8vW0xY6zA')]],
  ['an Anthropic key', 'ANTHROPIC_API_KEY=sk-ant-api03-Xy7_kP2qR9sT4uV6wZ1aB3cD5eF8gH0iJ', 'ANTHROPIC_API_KEY=[key]', [key('sk-ant-api03-Xy7_kP2qR9sT4uV6wZ1aB3cD5eF8gH0iJ')]],
  ['a GitHub personal access token', 'token ghp_16C7e42F292c6912E7710c838347Ae178B4a here', 'token [key] here', [key('ghp_16C7e42F292c6912E7710c838347Ae178B4a')]],
  ['a fine-grained GitHub token', 'use github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'use [key]', [key('github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz')]],
  ['a Slack bot token', 'Slack: xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx.', 'Slack: [key].', [key('xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx')]],
  ['an AWS access key id', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'aws_access_key_id = [key]', [key('AKIAIOSFODNN7EXAMPLE')]],
  ['a Google API key', 'la clé AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY ne marche pas', 'la clé [key] ne marche pas', [key('AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY')]],
  ['a Stripe secret key', 'Stripe sk_live_51H8xYzAbCdEfGhIjKlMnOp rejected my card', 'Stripe [key] rejected my card', [key('sk_live_51H8xYzAbCdEfGhIjKlMnOp')]],
  ['a Stripe publishable and a restricted key, in order', 'pk_live_9aB8cD7eF6gH5iJ4 vs rk_live_1aB2cD3eF4gH5iJ6', '[key] vs [key]', [key('pk_live_9aB8cD7eF6gH5iJ4'), key('rk_live_1aB2cD3eF4gH5iJ6')]],
  ['a JWT', 'JWT: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'JWT: [key]', [key('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')]],
  ['the token after Bearer, keeping the word Bearer and the full stop', 'I sent Authorization: Bearer 8f2kq9x7Lm3nP0zR5tW. and got 401', 'I sent Authorization: Bearer [key]. and got 401', [key('8f2kq9x7Lm3nP0zR5tW')]],
  ['a long random string of letters and digits, in Japanese', 'APIキーは Zx8Qw2Er5Ty7Ui9Op1As3Df6Gh4Jk0Lz です', 'APIキーは [key] です', [key('Zx8Qw2Er5Ty7Ui9Op1As3Df6Gh4Jk0Lz')]],
  ['a 40-hex string such as a git SHA (a secret would look the same)', 'since commit 3f786850e387550fdab836ed7e6dc881de23001b it breaks', 'since commit [key] it breaks', [key('3f786850e387550fdab836ed7e6dc881de23001b')]],
  ['a token in a query string', 'see https://example.com/reset?token=q8Wn3Zr7Tk1Xv5Yb9Lm2Pc6Hd4Fs0Gj', 'see https://example.com/reset?[key]', [key('token=q8Wn3Zr7Tk1Xv5Yb9Lm2Pc6Hd4Fs0Gj')]],
];

const cards: Case[] = [
  ['a Visa number in groups of four, in German', 'Meine Karte 4111 1111 1111 1111 wurde zweimal belastet', 'Meine Karte [card] wurde zweimal belastet', [card('4111 1111 1111 1111')]],
  ['a Mastercard number with dashes', 'Card: 5555-5555-5555-4444, exp 12/27', 'Card: [card], exp 12/27', [card('5555-5555-5555-4444')]],
  ['a card number without separators', 'charged 4012888888881881 twice', 'charged [card] twice', [card('4012888888881881')]],
  ['an Amex number in 4-6-5 groups, in Spanish', 'Mi tarjeta es 3782 822463 10005.', 'Mi tarjeta es [card].', [card('3782 822463 10005')]],
  ['a Diners number in 4-6-4 groups', 'Diners 3056 930902 5904 ok', 'Diners [card] ok', [card('3056 930902 5904')]],
  ['a Discover number', 'Discover 6011111111111117', 'Discover [card]', [card('6011111111111117')]],
  ['a JCB number, in Japanese', 'カード番号は3530 1113 3330 0000です', 'カード番号は[card]です', [card('3530 1113 3330 0000')]],
  ['a Mastercard 2-series number', 'MC 2223 0031 2200 3222', 'MC [card]', [card('2223 0031 2200 3222')]],
  ['a 13-digit Visa number', 'old card 4222222222222', 'old card [card]', [card('4222222222222')]],
  ['a 19-digit number in groups', 'کارت من 4111 1111 1111 1111 110 است', 'کارت من [card] است', [card('4111 1111 1111 1111 110')]],
  ['a card, not a phone, when it could be read as both', 'call 5105 1051 0510 5100', 'call [card]', [card('5105 1051 0510 5100')]],
];

const phones: Case[] = [
  ['a UK number in international form', 'Call me on +44 20 7946 0958 after six.', 'Call me on [phone] after six.', [phone('+44 20 7946 0958')]],
  ['a US number with country code and area code in brackets', 'Ring +1 (415) 555-0132 please', 'Ring [phone] please', [phone('+1 (415) 555-0132')]],
  ['a US number with the area code in brackets', 'office (415) 555-0132', 'office [phone]', [phone('(415) 555-0132')]],
  ['a US number with dashes', 'my cell is 415-555-0132.', 'my cell is [phone].', [phone('415-555-0132')]],
  ['a US number with dots', 'or 415.555.0132 at night', 'or [phone] at night', [phone('415.555.0132')]],
  ['a US toll-free number with a leading 1', 'support 1-800-555-0199 hung up', 'support [phone] hung up', [phone('1-800-555-0199')]],
  ['a UK mobile in national form', 'Mein Handy: 07700 900123', 'Mein Handy: [phone]', [phone('07700 900123')]],
  ['a UK mobile written without spaces', 'text 07700900123', 'text [phone]', [phone('07700900123')]],
  ['a UK number with the trunk 0 in brackets', 'tel. +44 (0)20 7946 0958', 'tel. [phone]', [phone('+44 (0)20 7946 0958')]],
  ['an international number without spaces', 'WhatsApp +447700900123', 'WhatsApp [phone]', [phone('+447700900123')]],
  ['a Berlin number, in German', 'Rufen Sie +49 30 901820 an', 'Rufen Sie [phone] an', [phone('+49 30 901820')]],
  ['a Tokyo number in international form, in Japanese', '電話番号は+81 3-1234-5678です', '電話番号は[phone]です', [phone('+81 3-1234-5678')]],
  ['a Japanese mobile in national form', '携帯：090-1234-5678', '携帯：[phone]', [phone('090-1234-5678')]],
  ['a French number in pairs', 'Appelez le 01 23 45 67 89 demain', 'Appelez le [phone] demain', [phone('01 23 45 67 89')]],
  ['a number in Arabic text', 'اتصل بي على +971 50 123 4567 من فضلك', 'اتصل بي على [phone] من فضلك', [phone('+971 50 123 4567')]],
  ['a number in Hebrew text', 'הטלפון שלי 03-123-4567 תודה', 'הטלפון שלי [phone] תודה', [phone('03-123-4567')]],
];

const everything: Case[] = [
  [
    'each kind in one message, in the order written',
    'Ich bin max@example.de, Tel. +49 30 901820, Karte 4111-1111-1111-1111, Schlüssel sk-ant-api03-aB1cD2eF3gH4iJ5kL6mN7 — danke!',
    'Ich bin [email], Tel. [phone], Karte [card], Schlüssel [key] — danke!',
    [email('max@example.de'), phone('+49 30 901820'), card('4111-1111-1111-1111'), key('sk-ant-api03-aB1cD2eF3gH4iJ5kL6mN7')],
  ],
];

const kept: [behaviour: string, text: string][] = [
  ['an ISO date', 'It broke on 2024-03-15 again'],
  ['a date with slashes', 'seit 15/03/2024'],
  ['a date with dots', 'am 15.03.2024 um 10:30'],
  ['a date with a leading zero', 'le 05.03.2024'],
  ['a time with seconds', 'at 14:05:59 UTC'],
  ['a year', 'I have used it since 1999'],
  ['a version with a v', 'after updating to v1.2.3'],
  ['a Python version', 'Python 3.11.4 on macOS 14.4.1'],
  ['a browser version', 'Chrome 124.0.6367.91'],
  ['an order number with a hash', 'Order #123456 never arrived'],
  ['a short order number', 'order 48213 is late'],
  ['a seven-digit reference without phone formatting', 'Order 4821937 was refunded'],
  ['a ten-digit reference without phone formatting', 'ticket 4155550132 still open'],
  ['a Unix timestamp', 'logged at 1710498000'],
  ['a price in dollars', 'it costs $1,299.00 a year'],
  ['a price in euros', 'kostet 1.299,00 € im Jahr'],
  ['a percentage', 'only 12.5% of the time'],
  ['an IP address', 'server 192.168.0.1 timed out'],
  ['a netmask', 'mask 255.255.255.0'],
  ['an ISBN-13 with dashes', 'ISBN 978-3-16-148410-0'],
  ['an ISBN-10 with dashes', 'ISBN 0-306-40615-2'],
  ['an ISBN-10 without dashes', 'ISBN 0306406152'],
  ['an ISBN-13 that happens to pass Luhn', 'ISBN 9780306406164'],
  ['a UPS tracking number', 'tracking 1Z999AA10123456784'],
  ['a USPS tracking number in groups', 'USPS 9400 1000 0000 0000 0000 00'],
  ['a FedEx tracking number in groups', 'FedEx 7489 1234 5678'],
  ['a 16-digit number in card groups that fails Luhn', 'card 4111 1111 1111 1112 declined'],
  ['a 16-digit number that fails Luhn', 'ref 4111111111111112'],
  ['a word with an @ in front', 'working @home today'],
  ['an @mention', '@alice said hi'],
  ['an address with nothing after the @', 'mail foo@ and see'],
  ['an address without a top-level domain', 'root@localhost'],
  ['a UUID (a request or order id, not a secret)', 'request 550e8400-e29b-41d4-a716-446655440000 failed'],
  ['a URL path', 'see https://example.com/docs/getting-started#install-step-2'],
  ['a long word', 'Donaudampfschifffahrtsgesellschaftskapitän'],
  ['a long identifier without digits', 'the_quick_brown_fox_jumps_over_the_lazy_dog'],
  ['the word Bearer in prose', 'Bearer of bad news, sorry'],
  ['words that contain sk-', 'the task-force and ask-me-anything, risk-management'],
  ['a too-short international number', 'score +3 2 5'],
  ['Arabic, Hebrew and Japanese text without details', 'شكرا جزيلا — תודה רבה — ありがとうございます'],
  ['an empty answer', ''],
];

describe('redact', () => {
  describe.each([
    ['emails', emails],
    ['keys and tokens', keys],
    ['card numbers', cards],
    ['phone numbers', phones],
    ['mixed details', everything],
  ] as const)('%s', (_kind, cases) => {
    it.each(cases)('replaces %s', (_behaviour, input, output, found) => {
      expect(redact(input)).toEqual({ text: output, found });
    });
  });

  it.each(kept)('keeps %s', (_behaviour, text) => {
    expect(redact(text)).toEqual({ text, found: [] });
  });

  it('keeps placeholders a user typed, reporting nothing', () => {
    expect(redact('I typed [email] and [card] myself')).toEqual({ text: 'I typed [email] and [card] myself', found: [] });
  });

  it('gives the same answer when called again (no state between calls)', () => {
    const text = 'a@example.com, b@example.com';
    expect(redact(text)).toEqual(redact(text));
    expect(redact(text).found).toHaveLength(2);
  });

  const N = 50_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  it.each([
    ['spaces after Bearer', 'Bearer' + fill(' ')],
    ['one long word', fill('a')],
    ['dashes between JWT starts', fill('-eyJ')],
    ['a local part that never reaches an @', fill('a.')],
    ['at signs between letters', fill('a@')],
    ['a dotted domain without a top-level domain', 'x@' + fill('b.')],
    ['plus signs and digits', fill('+1 ')],
    ['long international-looking numbers', fill('+1234567890123456789012345678901234567890 ')],
    ['card-like groups that never end', fill('4111 ')],
    ['digits', fill('1')],
    ['digits and dashes', fill('1-')],
    ['trunk-0 groups', fill('0-12 ')],
    ['open brackets and digits', fill('(1')],
    ['random-looking prose', fill('Ab9 x@y.z +44 (0) 4111-1111 ghp_ sk- eyJ. ')],
  ])('finishes 50 000 chars of %s in well under 100 ms', (_shape, text) => {
    const start = performance.now();
    const result = redact(text);
    expect(performance.now() - start).toBeLessThan(100);
    expect(typeof result.text).toBe('string');
  });

  it('redacts every detail in a 50 000-char answer and keeps the rest exactly', () => {
    const sentence = 'Merci ! écrivez à léa@example.fr ou +33 1 23 45 67 89. ';
    const text = sentence.repeat(Math.ceil(N / sentence.length));
    const start = performance.now();
    const result = redact(text);
    expect(performance.now() - start).toBeLessThan(100);
    expect(result.text).toBe('Merci ! écrivez à [email] ou [phone]. '.repeat(Math.ceil(N / sentence.length)));
    expect(result.found).toHaveLength(2 * Math.ceil(N / sentence.length));
  });
});
