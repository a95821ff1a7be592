import { describe, expect, it } from 'vitest';
import { cleanFollowUp } from '../../src/llm/clean-follow-up.js';

const ok = (text: string) => ({ ok: true, text });
const rejected = (reason: RegExp) => ({ ok: false, reason: expect.stringMatching(reason) });

describe('cleanFollowUp', () => {
  it.each([
    ['What would that make possible for you?', 'What would that make possible for you?'],
    ['  "What would   that\nmake possible for you?"  ', 'What would that make possible for you?'],
    ['Follow-up question: “Why does that matter to you?”', 'Why does that matter to you?'],
    ['<think>They named time; ask about its value.</think>\nWhat would you do with that time?', 'What would you do with that time?'],
    ['¿Qué te permitiría hacer eso?', '¿Qué te permitiría hacer eso?'],
    ['Qu’est-ce que cela changerait pour vous\u202f?', 'Qu’est-ce que cela changerait pour vous\u202f?'],
    ['«Что это изменило бы для вас?»', 'Что это изменило бы для вас?'],
    ['ماذا سيتيح لك ذلك؟', 'ماذا سيتيح لك ذلك؟'],
    ['这会让你能够做什么？', '这会让你能够做什么？'],
  ])('keeps a single question, tidied: %j', (raw, text) => {
    expect(cleanFollowUp(raw)).toEqual(ok(text));
  });

  it('takes ";" as the question mark only in Greek', () => {
    expect(cleanFollowUp('Τι θα σας επέτρεπε αυτό;', { locale: 'el' })).toEqual(ok('Τι θα σας επέτρεπε αυτό;'));
    expect(cleanFollowUp('Τι θα σας επέτρεπε αυτό;', { answer: 'Περισσότερο χρόνο με την οικογένεια' })).toEqual(ok('Τι θα σας επέτρεπε αυτό;'));
    expect(cleanFollowUp('Why; and how', { locale: 'en' })).toEqual(rejected(/not a question/));
  });

  it.each([
    ['', /empty/],
    ['""', /empty/],
    ['Tell me more about that.', /not a question/],
    ['Why? What else?', /more than one question/],
    ['Why does it matter? Tell me.', /not a question/],
    ['Interesting. What would change for you?', /more than one sentence/],
    ['很好。这对你意味着什么？', /more than one sentence/],
    ['**Why** does that matter?', /markup/],
    ['- Why does that matter?', /markup/],
    ['What does [name] think?', /markup/],
    ['Could you share your email@example.com?', /markup|link/],
    ['See https://example.com, what do you think?', /link/],
    ['Have you tried example.com?', /link/],
    [`${'very '.repeat(45)}why?`, /longer than 200/],
  ])('rejects %j', (raw, reason) => {
    expect(cleanFollowUp(raw)).toEqual(rejected(reason));
  });

  it('rejects a follow-up in another script than the answer, and lets short answers be', () => {
    expect(cleanFollowUp('What would that give you?', { answer: '定時に帰りたい' })).toEqual(rejected(/latin script, the answer in han/));
    expect(cleanFollowUp('Что это даст вам?', { answer: 'More time with my kids' })).toEqual(rejected(/cyrillic script, the answer in latin/));
    expect(cleanFollowUp('What would that give you?', { answer: '🙂 ok' })).toEqual(ok('What would that give you?'));
  });
});
