export type RedactionKind = 'email' | 'phone' | 'card' | 'key';
export interface Redaction { kind: RedactionKind; value: string }

/*
 * One pass with one regex. Its alternatives are tried in priority order at each position (keys,
 * emails, cards, phones) and the callback reads which capture group matched, so `found` comes out
 * in text order and a card-shaped run is never re-read as a phone. No catastrophic backtracking:
 * open-ended runs may only start where a run starts (lookbehind), lookbehinds are bounded, and
 * digit groups are split by required separators; 50 000 adversarial chars take a few ms.
 * It is one literal because the UI chunk pays for every byte; the parts, in order:
 *
 * 1. Keys (group 1, always redacted): sk-… (OpenAI, Anthropic sk-ant-…), sk_/pk_/rk_ live|test
 *    (Stripe), gh[opsur]_ and github_pat_ (GitHub), xox[abprs]- (Slack), AKIA/ASIA (AWS key ids),
 *    AIza… (Google), JWTs (eyJ….eyJ….sig).
 * 2. Loose keys (group 2, redacted only if they mix letters and digits): the token after
 *    "Bearer " (16+ chars; "Bearer" itself is kept), and any run of 32+ [A-Za-z0-9_+=] that is not
 *    an email's local part. So 32/40-hex strings (MD5, git SHAs, many vendors' keys) count as keys:
 *    a wrongly hidden commit id costs little, a leaked secret a lot. UUIDs are kept: their dashes
 *    cut them into short runs, and in feedback they are request or order ids that support needs.
 *    Long words (no digits) and URL paths (slashes break runs) are kept.
 * 3. Emails (group 3): local part of ASCII or accented Latin, dotted ASCII domain, TLD of 2+
 *    letters; not @mentions, not `foo@`.
 * 4. Numbers, never starting inside a word, a version (after . + -) or a longer number:
 *    - Cards (group 4): first digit 2-6 (every major network; keeps ISBN-13s 978… and 9… postal
 *      tracking numbers out), 13-19 digits, plain or in groups (4-4-4-4, 4-6-5, …) split by one
 *      repeated space or dash, not followed by more digits, passing Luhn. Luhn failures are kept.
 *    - Phones: 9+ digits AND phone formatting, so dates, times, versions, IPs, prices, years and
 *      plain reference numbers (`Order 4821937`, `#123456`, `1710498000`) are kept. Formatting is:
 *      `+` and digit groups split by single spaces/dots/dashes, optionally one `(…)` group
 *      (`+44 (0)20 7946 0958`, `+81 3-1234-5678`, `+447700900123`); `(415) 555-0132`,
 *      `415-555-0132`, `415.555.0132`, optionally after `1 `/`1-`; a trunk-0 number in 2+ groups
 *      with one repeated separator (`07700 900123`, `03-1234-5678`, `01 23 45 67 89`); or 11
 *      digits starting with 0 (`07700900123`). ISBN-10s (10 digits) and dates like `05.03.2024`
 *      (8 digits) fall outside.
 * Known gaps, kept for size: non-ASCII digits, IDN domains, base64 keys split by `/`, and a phone
 * number written straight after another number (`2024 415-555-0132`).
 */
const PATTERN =
  /(\b(?:sk-[\w-]{20,}|[spr]k_(?:live|test)_\w{8,}|gh[opsur]_\w{30,}|github_pat_\w{30,}|xox[abprs]-[\w-]{10,}|A[KS]IA[\dA-Z]{16}|AIza[\w-]{35})|(?<![\w-])eyJ[\w-]+\.eyJ[\w-]+\.[\w-]*)|((?<=\bbearer\s)[\w.~+/-]{15,}[\w~+/]=*|(?<![\w+=])[\w+=]{32,}(?![\w+=@]))|((?<![\w.+%\u00c0-\u024f-])[\w.+%\u00c0-\u024f-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,})|(?<![\w.+-]|\d )(?:([2-6]\d{3}(?<c>[ -]?)\d{4,6}\k<c>\d{3,5}(?:\k<c>\d{1,4}){0,2})(?![ -]?\d)|(?:\+\d+(?:[ .-]?\(\d+\)[ .-]?\d+)?(?:[ .-]\d+)*|(?:1[ .-])?(?:\(\d+\) ?|[2-9]\d\d[ .-])\d{3,4}[ .-]\d{4}|0(?:\d{1,4}(?<p>[ .-])\d{2,6}(?:\k<p>\d{2,6})*|\d{10}))(?!\d))/gi;

function luhn(digits: string): boolean {
  return [...digits].reverse().reduce((sum, c, i) => {
    const n = +c * (1 + (i % 2));
    return sum + (n > 9 ? n - 9 : n);
  }, 0) % 10 === 0;
}

/** Replaces personal details with `[email]`, `[phone]`, `[card]`, `[key]`; `found` lists what was replaced, in text order. */
export function redact(text: string): { text: string; found: Redaction[] } {
  const found: Redaction[] = [];
  return {
    text: text.replace(PATTERN, (value: string, key?: string, loose?: string, email?: string, card?: string) => {
      const digits = value.replace(/\D/g, '');
      const n = digits.length;
      const kind: RedactionKind | '' = key
        ? 'key'
        : loose
          ? /\d/.test(value) && /[a-z]/i.test(value) ? 'key' : ''
          : email
            ? 'email'
            : card
              ? n > 12 && n < 20 && luhn(digits) ? 'card' : ''
              : n > 8 ? 'phone' : '';
      if (!kind) return value;
      found.push({ kind, value });
      return `[${kind}]`;
    }),
    found,
  };
}
