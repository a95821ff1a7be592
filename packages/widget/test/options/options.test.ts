import { describe, expect, it } from 'vitest';
import { OptionsSchema } from '../../src/options/options.js';
import { validateOptions } from '../../src/options/validate-options.js';
import { attributeName } from '../../src/options/script-attributes.js';
import { LOADER_DEFAULTS, loaderOptions, loaderRead, misread } from '../../src/options/loader-options.js';
import { readAttribute, readOptions } from '../../src/options/read-options.js';
import { OPTIONS_SPEC } from '../../src/options/options-spec.generated.js';

const endpoint = 'https://collect.example.com/v1/answers';

describe('options', () => {
  it('fill in polite defaults around the one required option', () => {
    expect(validateOptions({ endpoint })).toEqual({ ok: true, options: OptionsSchema.parse({ endpoint }) });
    expect(validateOptions({ endpoint })).toMatchObject({
      options: { endpoint, sampleRate: 1, trigger: 'auto', minPageViews: 3, theme: 'system', surveyId: 'candor-default' },
    });
  });

  it('are read by the loader with the schema’s own defaults, before they are checked', () => {
    const resolved = OptionsSchema.parse({ endpoint });
    for (const [key, value] of Object.entries(LOADER_DEFAULTS)) expect([key, value]).toEqual([key, resolved[key as keyof typeof resolved]]);
    // The data-* text, read as the runtime reads it; anything that is not a number stays text (the runtime then names it).
    const fromTag = (attributes: Record<string, string>) => loaderOptions(readOptions(attributes, {}, loaderRead));
    expect(fromTag({ sampleRate: '0.05', minPageViews: '2', trigger: 'manual' })).toMatchObject({ sampleRate: 0.05, minPageViews: 2, trigger: 'manual', eventCount: 1 });
    expect(misread(fromTag({ sampleRate: '0.05' }))).toBe(false);
    // The bug this guards: data-sample-rate="" read as 0 stopped every invitation without a word.
    expect(fromTag({ sampleRate: '' }).sampleRate).toBe('');
    expect(misread(fromTag({ sampleRate: '' }))).toBe(true);
    expect(misread(fromTag({ minPageViews: 'three' }))).toBe(true);
    expect(misread(loaderOptions({ sampleRate: Number.NaN }))).toBe(true);
  });

  it('are read from data-* text the same way by the loader and the runtime', () => {
    const runtimeRead = (raw: string, name: string) => readAttribute(raw, (OPTIONS_SPEC.p as Record<string, { t?: string | string[] }>)[name]?.t);
    const attributes = { sampleRate: '0.5', minPageViews: '', frequencyDays: ' 7 ', eventCount: '2.5', surveyId: '12', trigger: 'auto', delayMs: '{"x":1}' };
    const byLoader = readOptions(attributes, {}, loaderRead);
    const byRuntime = readOptions(attributes, {}, runtimeRead);
    for (const name of Object.keys(LOADER_DEFAULTS)) expect([name, byLoader[name]]).toEqual([name, byRuntime[name]]);
    expect(byLoader).toMatchObject({ sampleRate: 0.5, minPageViews: '', frequencyDays: 7, eventCount: 2.5, surveyId: '12', trigger: 'auto' });
    // What only the runtime reads: lists (JSON or comma-separated), booleans, objects.
    expect(readOptions({ pages: '/a, /b', consent: '', redact: 'false', metadata: '{"plan":"pro"}', theme: 'dark' }, {}, runtimeRead)).toEqual({
      pages: ['/a', '/b'],
      consent: true,
      redact: false,
      metadata: { plan: 'pro' },
      theme: 'dark',
    });
    // init()'s own options win over the tag's; an option given as undefined is not given.
    expect(readOptions({ sampleRate: '0.5' }, { sampleRate: 0.1, product: undefined }, loaderRead)).toEqual({ sampleRate: 0.1 });
  });

  it('name a missing endpoint and say what is expected', () => {
    expect(validateOptions({})).toEqual({
      ok: false,
      error: 'option "endpoint" must be an http(s) URL or a path on this site, e.g. "https://collect.example.com/v1/answers" (got nothing)',
    });
  });

  it('name a sample rate out of range and show what was given', () => {
    expect(validateOptions({ endpoint, sampleRate: 5 })).toEqual({ ok: false, error: 'option "sampleRate" must be a number from 0 to 1 (got 5)' });
  });

  it('name a misspelt option instead of ignoring it', () => {
    expect(validateOptions({ endpoint, sampelRate: 0.5 })).toEqual({ ok: false, error: 'unknown option "sampelRate"' });
  });

  it('name a bad field inside a custom question', () => {
    expect(validateOptions({ endpoint, questions: [{ id: 'q1', prompt: '' }] })).toEqual({
      ok: false,
      error: 'option "questions.0.prompt" must be non-empty text of at most 2000 characters (got "")',
    });
  });

  it('refuse, by name, what the collector would refuse in every answer: long survey ids, question ids, prompts and metadata text', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(validateOptions({ endpoint, surveyId: long(101) })).toMatchObject({ ok: false, error: expect.stringContaining('option "surveyId" must be non-empty text of at most 100 characters') });
    expect(validateOptions({ endpoint, surveyVersion: long(101) })).toMatchObject({ ok: false, error: expect.stringContaining('option "surveyVersion"') });
    expect(validateOptions({ endpoint, questions: [{ id: long(101), prompt: 'Hope?' }] })).toMatchObject({ ok: false, error: expect.stringContaining('option "questions.0.id"') });
    expect(validateOptions({ endpoint, questions: [{ id: 'hope', prompt: long(2001) }] })).toMatchObject({ ok: false, error: expect.stringContaining('option "questions.0.prompt"') });
    expect(validateOptions({ endpoint, metadata: { plan: long(1001) } })).toMatchObject({ ok: false, error: expect.stringContaining('option "metadata.plan"') });
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(validateOptions({ endpoint, metadata: keys(51) })).toMatchObject({ ok: false, error: expect.stringContaining('option "metadata" must be an object of at most 50 keys') });
    expect(validateOptions({ endpoint, metadata: { [long(101)]: 1 } })).toMatchObject({ ok: false, error: expect.stringContaining('option "metadata" must be an object of at most 50 keys (each up to 100 characters)') });
    expect(validateOptions({ endpoint, metadata: { ...keys(49), [long(100)]: 1 } }).ok).toBe(true);
    // At the limits, every answer is accepted by the protocol.
    expect(validateOptions({ endpoint, surveyId: long(100), questions: [{ id: long(100), prompt: long(2000) }], metadata: { plan: long(1000) } }).ok).toBe(true);
  });

  it('refuse an endpoint that is not a URL', () => {
    expect(validateOptions({ endpoint: 'collector' })).toMatchObject({ ok: false, error: expect.stringMatching(/^option "endpoint" must be an http\(s\) URL/) });
  });

  it('speak in data-* attribute names for the script tag', () => {
    expect(validateOptions({ endpoint, sampleRate: 'lots' }, attributeName)).toEqual({
      ok: false,
      error: 'option "data-sample-rate" must be a number from 0 to 1 (got "lots")',
    });
  });
});

describe('the browser check of options', () => {
  // The zod schema is the contract; the browser runs a compiled copy of it. They must agree.
  const cases: Record<string, unknown>[] = [
    { endpoint },
    { endpoint: '/v1/answers', product: 'Acme', locale: 'pt-BR', trigger: 'manual', theme: 'dark', position: 'bottom-left' },
    { endpoint, questions: [{ id: 'a', prompt: 'Why?' }, { id: 'b', prompt: 'How?', optional: false }] },
    { endpoint, metadata: { plan: 'pro', seats: 3, beta: true, team: null } },
    { endpoint, sampleRate: 0, minPageViews: 1, delayMs: 0, batchSize: 100, maxAgeDays: 0.5, debug: true },
    {},
    { endpoint: 42 },
    { endpoint: 'ftp://x' },
    { endpoint, sampleRate: -0.1 },
    { endpoint, sampleRate: Number.NaN },
    { endpoint, minPageViews: 1.5 },
    { endpoint, delayMs: -1 },
    { endpoint, trigger: 'sometimes' },
    { endpoint, locale: 'english please' },
    { endpoint, product: 'x'.repeat(201) },
    { endpoint, questions: [] },
    { endpoint, questions: [{ id: '', prompt: 'Q' }] },
    { endpoint, questions: [{ id: 'a', prompt: 'Q', extra: 1 }] },
    { endpoint, metadata: { nested: { no: 1 } } },
    { endpoint, metadata: 'plan=pro' },
    { endpoint, batchSize: 101 },
    { endpoint, maxAgeDays: 0 },
    { endpoint, maxSubmissionBytes: 999 },
    { endpoint, debug: 'yes' },
    { endpoint, surveyId: '' },
    { endpoint, unknown: true },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('agrees with the zod schema on %s', (_, input) => {
    const zod = OptionsSchema.safeParse(input);
    const browser = validateOptions(input);
    expect(browser.ok).toBe(zod.success);
    if (browser.ok && zod.success) expect(browser.options).toEqual(zod.data);
  });
});

