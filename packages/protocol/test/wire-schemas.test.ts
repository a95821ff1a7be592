import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AnswersReplySchema, ErrorBodySchema, ProbeReplySchema, ProbeRequestSchema, describeIssues, wireJsonSchemas } from '@candor/protocol';

describe('the published JSON Schema files', () => {
  it.each(Object.keys(wireJsonSchemas()))('%s matches the zod schemas (run `npm run schema -w @candor/protocol` when this fails)', (name) => {
    const committed = JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));
    expect(committed).toEqual(wireJsonSchemas()[name]);
  });
});

describe('the follow-up (probe) request and reply', () => {
  const probe = { questionId: 'hope', prompt: 'If you could wave a magic wand…', answer: 'More time with my kids', locale: 'en' };

  it('accepts a request and ignores fields it does not define', () => {
    expect(ProbeRequestSchema.parse({ ...probe, surveyId: 'default', extra: 1 })).toEqual({ ...probe, surveyId: 'default' });
  });

  it('names the field that is wrong', () => {
    const result = ProbeRequestSchema.safeParse({ ...probe, answer: '' });
    expect(describeIssues(result.error!.issues)).toBe('answer: must be 1 to 5000 characters long');
  });

  it('replies with a question or null', () => {
    expect(ProbeReplySchema.parse({ followUp: 'What would you do with that time?' })).toEqual({ followUp: 'What would you do with that time?' });
    expect(ProbeReplySchema.parse({ followUp: null })).toEqual({ followUp: null });
    expect(ProbeReplySchema.safeParse({}).success).toBe(false);
  });
});

describe('the collector replies', () => {
  it('POST /v1/answers answers which ids were stored and which were repeats', () => {
    const reply = { received: 2, stored: ['a'], duplicates: ['b'] };
    expect(AnswersReplySchema.parse(reply)).toEqual(reply);
  });

  it('an error is one sentence under "error"', () => {
    expect(ErrorBodySchema.parse({ error: 'The "limit" query parameter must be a whole number from 1 to 500; got "ten".' })).toBeTruthy();
    expect(ErrorBodySchema.safeParse({ message: 'Client Error' }).success).toBe(false);
  });
});
