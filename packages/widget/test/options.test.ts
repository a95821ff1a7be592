import { describe, expect, it } from 'vitest';
import { parseOptions } from '../src/options.js';
import { attributeName } from '../src/script-attributes.js';

const endpoint = 'https://collect.example.com/v1/answers';

describe('options', () => {
  it('fill in polite defaults around the one required option', () => {
    const result = parseOptions({ endpoint });
    expect(result).toMatchObject({
      ok: true,
      options: { endpoint, sampleRate: 1, trigger: 'auto', minPageViews: 3, theme: 'system', surveyId: 'candor-default' },
    });
  });

  it('name a missing endpoint and say what is expected', () => {
    expect(parseOptions({})).toEqual({
      ok: false,
      error: 'option "endpoint" must be the URL of your collector, e.g. "https://collect.example.com/v1/answers" (got nothing)',
    });
  });

  it('name a sample rate out of range and show what was given', () => {
    expect(parseOptions({ endpoint, sampleRate: 5 })).toEqual({ ok: false, error: 'option "sampleRate" must be a number from 0 to 1 (got 5)' });
  });

  it('name a misspelt option instead of ignoring it', () => {
    expect(parseOptions({ endpoint, sampelRate: 0.5 })).toEqual({ ok: false, error: 'unknown option "sampelRate"' });
  });

  it('name a bad field inside a custom question', () => {
    const result = parseOptions({ endpoint, questions: [{ id: 'q1', prompt: '' }] });
    expect(result).toEqual({ ok: false, error: 'option "questions.0.prompt" must be the question text (got "")' });
  });

  it('refuse an endpoint that is not a URL', () => {
    expect(parseOptions({ endpoint: 'collector' })).toMatchObject({ ok: false, error: expect.stringMatching(/^option "endpoint" must be an http\(s\) URL/) });
  });

  it('speak in data-* attribute names for the script tag', () => {
    expect(parseOptions({ endpoint, sampleRate: 'lots' }, attributeName)).toEqual({
      ok: false,
      error: 'option "data-sample-rate" must be a number from 0 to 1 (got "lots")',
    });
  });
});
