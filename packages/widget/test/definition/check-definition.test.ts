import { describe, expect, it } from 'vitest';
import { SurveyDefinitionSchema, wireJsonSchemas, type SurveyDefinitionInput } from '@candor/protocol';
import { checkDefinition } from '../../src/definition/check-definition.js';
import { DEFINITION_SPEC } from '../../src/definition/definition-spec.generated.js';

const good: SurveyDefinitionInput = {
  surveyId: 'study-2026',
  version: '3',
  questions: [{ id: 'hope', prompt: { en: 'What do you hope for?', fr: 'Qu’espérez-vous ?' }, placeholder: { en: 'Anything' } }],
  texts: { en: { inviteTitle: 'Two minutes?' } },
  rules: { sampleRate: 0.5, pages: ['/chat/*'] },
};

// Each bad definition, and the field the device must name: the same one zod names (as a path).
const bad: [string, unknown][] = [
  ['the definition', null],
  ['the definition', []],
  ['surveyId', { ...good, surveyId: '' }],
  ['version', { ...good, version: undefined }],
  ['version', { ...good, version: 3 }],
  ['defaultLocale', { ...good, defaultLocale: 'English' }],
  ['questions', { ...good, questions: [] }],
  ['questions.0.prompt', { ...good, questions: [{ id: 'hope', prompt: 'What do you hope for?' }] }],
  ['questions.0.prompt', { ...good, questions: [{ id: 'hope', prompt: {} }] }],
  ['questions.0.prompt.en', { ...good, questions: [{ id: 'hope', prompt: { en: '' } }] }],
  ['questions.0.prompt.english', { ...good, questions: [{ id: 'hope', prompt: { english: 'Hope?' } }] }],
  ['questions.0.id', { ...good, questions: [{ prompt: { en: 'Hope?' } }] }],
  ['questions.0.maxLength', { ...good, questions: [{ id: 'hope', prompt: { en: 'Hope?' }, maxLength: 0 }] }],
  ['questions.0.required', { ...good, questions: [{ id: 'hope', prompt: { en: 'Hope?' }, required: 'yes' }] }],
  ['questions.0.placeholder.en', { ...good, questions: [{ id: 'hope', prompt: { en: 'Hope?' }, placeholder: { en: 'x'.repeat(201) } }] }],
  ['questions.0.text', { ...good, questions: [{ id: 'hope', prompt: { en: 'Hope?' }, text: 'x' }] }],
  ['counterbalance', { ...good, counterbalance: 2 }],
  ['texts.en.start', { ...good, texts: { en: { start: 'Go' } } }],
  ['texts.fr.thanks', { ...good, texts: { fr: { thanks: '' } } }],
  ['rules.sampleRate', { ...good, rules: { sampleRate: 1.5 } }],
  ['rules.pages.0', { ...good, rules: { pages: ['chat'] } }],
  ['rules.delayMs', { ...good, rules: { delayMs: 1.5 } }],
  ['rules.endpoint', { ...good, rules: { endpoint: 'https://elsewhere.example' } }],
  ['publishedAt', { ...good, publishedAt: 'yesterday' }],
  ['theme', { ...good, theme: 'dark' }],
];

/** zod's path for the first issue, written the way the device writes it ("questions.0.prompt"). */
function zodPath(value: unknown): string {
  const issue = SurveyDefinitionSchema.safeParse(value).error!.issues[0]!;
  const path = issue.path.map(String);
  // zod names an unknown field by its parent and the key; the device names the field itself.
  if (issue.code === 'unrecognized_keys') path.push(...issue.keys);
  return path.join('.') || 'the definition';
}

describe('checking a fetched definition on the device', () => {
  it('uses the JSON Schema @candor/protocol publishes (run `npm run definition-spec -w @candor/widget` when this fails)', () => {
    const { $id: _id, title: _title, $schema: _schema, ...published } = wireJsonSchemas()['survey-definition.schema.json']!;
    expect(DEFINITION_SPEC).toEqual(published);
  });

  it('accepts a good definition and fills in the defaults the protocol gives', () => {
    expect(checkDefinition(good)).toEqual({ ok: true, definition: SurveyDefinitionSchema.parse(good) });
  });

  it.each(bad)('refuses a bad %s, naming it as the protocol does', (field, value) => {
    const checked = checkDefinition(value);
    expect(checked.ok).toBe(false);
    expect(zodPath(value)).toBe(field);
    expect(!checked.ok && checked.error).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')} (must|is not)`));
  });

  it('says what the field must be', () => {
    expect(checkDefinition(bad[7]![1])).toEqual({ ok: false, error: 'questions.0.prompt must be an object of texts by language tag (at least one) (got "What do you hope for?")' });
    expect(checkDefinition(bad[10]![1])).toMatchObject({ error: 'questions.0.prompt.english must be a language tag such as "en" or "pt-BR" (got "english")' });
    expect(checkDefinition(bad[17]![1])).toMatchObject({ error: expect.stringContaining('texts.en.start must be one of inviteTitle, inviteBody,') });
    expect(checkDefinition(bad[22]![1])).toMatchObject({ error: expect.stringContaining('rules.endpoint is not a field of rules (only sampleRate, pages,') });
  });
});
