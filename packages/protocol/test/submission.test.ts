import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSubmissionBody, submissionJsonSchema } from '@candor/protocol';
import { validSubmission } from '../../../test/fixtures/submission.js';

describe('the submission body', () => {
  it('accepts one submission and returns it as a list of one', () => {
    const result = parseSubmissionBody(validSubmission());
    expect(result).toEqual({ ok: true, submissions: [validSubmission()] });
  });

  it('accepts a batch of submissions', () => {
    const second = validSubmission({ id: '9c1d2e3f-1111-4222-8333-444455556666' });
    const result = parseSubmissionBody([validSubmission(), second]);
    expect(result.ok && result.submissions.map((s) => s.id)).toEqual([validSubmission().id, second.id]);
  });

  it('names every field that is wrong, by its path', () => {
    const bad = { ...validSubmission(), id: 'nope', answers: [{ questionId: 'hope', prompt: 'Q', text: 42 }] };
    const result = parseSubmissionBody(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^id: must be a UUID; answers\[0\]\.text: .*string/);
  });

  it('refuses a page path that carries a query string', () => {
    const result = parseSubmissionBody(validSubmission({ context: { path: '/chat?token=secret' } }));
    expect(!result.ok && result.error).toMatch(/context\.path: must be a URL path/);
  });

  it('refuses an empty batch and says so', () => {
    expect(parseSubmissionBody([])).toEqual({ ok: false, error: '(body): must hold at least one submission' });
  });

  it('names the limit of a batch over 100, and the member and field at fault in a batch', () => {
    const many = Array.from({ length: 101 }, () => validSubmission());
    expect(parseSubmissionBody(many)).toEqual({ ok: false, error: '(body): must hold at most 100 submissions' });
    const batch = [validSubmission(), { ...validSubmission(), id: 'nope' }];
    expect(parseSubmissionBody(batch)).toEqual({ ok: false, error: '[1].id: must be a UUID' });
  });

  it('keeps hostile text byte for byte', () => {
    const text = '<img src=x onerror=alert(1)></script>\u202e\u0000😀\ud800';
    const result = parseSubmissionBody(validSubmission({ answers: [{ questionId: 'hope', prompt: 'Q', text }] }));
    expect(result.ok && result.submissions[0]?.answers[0]?.text).toBe(text);
  });
});

describe('the published JSON Schema file', () => {
  it('matches the zod schemas (run `npm run schema -w @candor/protocol` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schema/submission.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(submissionJsonSchema());
  });

  it('keeps what research-grade asking records: follow-ups, respondent, trigger, order, consent, redactions', () => {
    const rich = validSubmission({
      answers: [{ questionId: 'hope', prompt: 'Q', text: 'More time', followUp: { prompt: 'What would that change?', text: 'Dinner with my kids', source: 'model' } }],
      context: { path: '/', userId: 'acct-1', trigger: 'event:task_completed' },
      respondentId: 'k3j4h5',
      counterbalanced: true,
      consent: { quotes: false },
      redactions: { email: 1, card: 2 },
    });
    expect(parseSubmissionBody(rich)).toEqual({ ok: true, submissions: [rich] });
  });

  it('names a follow-up from an unknown source and a negative redaction count', () => {
    const bad = validSubmission({
      answers: [{ questionId: 'hope', prompt: 'Q', text: 'x', followUp: { prompt: 'P', text: '', source: 'llm' as 'model' } }],
      redactions: { phone: -1 },
    });
    const result = parseSubmissionBody(bad);
    expect(!result.ok && result.error).toMatch(/answers\[0\]\.followUp\.source: must be "model" or "fixed"; redactions\.phone: /);
  });
});
