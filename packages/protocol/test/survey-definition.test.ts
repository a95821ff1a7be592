import { describe, expect, it } from 'vitest';
import { DEFINITION_TEXT_KEYS, SurveyDefinitionSchema, describeIssues, type SurveyDefinitionInput } from '@candor/protocol';

const definition: SurveyDefinitionInput = {
  surveyId: 'study-2026',
  version: '3',
  questions: [
    { id: 'hope', prompt: { en: 'If you could wave a magic wand, what would AI do for you?', fr: 'Si vous aviez une baguette magique, que ferait l’IA pour vous ?' } },
    { id: 'fear', prompt: { en: 'What worries you?' }, required: true, maxLength: 800, placeholder: { en: 'Anything at all' }, followUp: true },
  ],
};
const problem = (value: unknown) => {
  const result = SurveyDefinitionSchema.safeParse(value);
  return result.success ? undefined : describeIssues(result.error.issues);
};

describe('a survey definition', () => {
  it('parses with the defaults filled in: English by default, questions optional, 5,000 characters, no follow-up', () => {
    expect(SurveyDefinitionSchema.parse(definition)).toEqual({
      surveyId: 'study-2026',
      version: '3',
      defaultLocale: 'en',
      questions: [
        { ...definition.questions[0], required: false, maxLength: 5000, followUp: false },
        { ...definition.questions[1] },
      ],
    });
  });

  it('carries texts by language and key, asking rules, counterbalancing and when it was published', () => {
    const full = {
      ...definition,
      defaultLocale: 'pt-BR',
      counterbalance: 0.5,
      texts: { en: { inviteTitle: 'Help us', thanks: 'Thanks!' }, 'pt-BR': { inviteTitle: 'Ajude-nos' } },
      rules: { sampleRate: 0.2, pages: ['/chat/*'], minPageViews: 2, delayMs: 0, frequencyDays: 30, event: 'reply', eventCount: 3 },
      publishedAt: '2026-11-27T09:30:00Z',
    };
    expect(SurveyDefinitionSchema.parse(full)).toMatchObject(full);
  });

  it('lets texts set only the invitation, purpose-screen and thank-you sentences', () => {
    expect(DEFINITION_TEXT_KEYS).toEqual(['inviteTitle', 'inviteBody', 'consentTitle', 'consentPurpose', 'consentKeep', 'consentQuotes', 'consentWithdraw', 'thanks', 'sent']);
    expect(problem({ ...definition, texts: { en: { start: 'Go' } } })).toMatch(/^texts\.en: has a field "start" that texts does not have /);
  });

  it.each([
    ['surveyId', { surveyId: '' }, 'surveyId: must not be empty'],
    ['version', { version: undefined }, 'version: '],
    ['defaultLocale', { defaultLocale: 'English' }, 'defaultLocale: must be a language tag such as "en" or "pt-BR"'],
    ['questions', { questions: [] }, 'questions: must hold at least one question'],
    ['questions.0.prompt (no language)', { questions: [{ id: 'hope', prompt: {} }] }, 'questions[0].prompt: must have text in at least one language'],
    ['questions.0.prompt (empty text)', { questions: [{ id: 'hope', prompt: { en: '' } }] }, 'questions[0].prompt.en: must not be empty'],
    ['questions.0.prompt (a plain string)', { questions: [{ id: 'hope', prompt: 'What do you hope for?' }] }, 'questions[0].prompt: '],
    ['questions.0.prompt (a bad language tag)', { questions: [{ id: 'hope', prompt: { english: 'Hope?' } }] }, 'questions[0].prompt.english: has a key "english" that is not a language tag'],
    ['questions.1.id', { questions: [definition.questions[0], { prompt: { en: 'Why?' } }] }, 'questions[1].id: '],
    ['questions.0.maxLength', { questions: [{ ...definition.questions[0], maxLength: 0 }] }, 'questions[0].maxLength: '],
    ['questions.0.placeholder', { questions: [{ ...definition.questions[0], placeholder: { en: 'x'.repeat(201) } }] }, 'questions[0].placeholder.en: must be at most 200 characters'],
    ['questions.0 (an unknown field)', { questions: [{ ...definition.questions[0], text: 'x' }] }, 'questions[0]: '],
    ['counterbalance', { counterbalance: 2 }, 'counterbalance: '],
    ['texts.fr.thanks', { texts: { fr: { thanks: '' } } }, 'texts.fr.thanks: must not be empty'],
    ['rules.sampleRate', { rules: { sampleRate: 1.5 } }, 'rules.sampleRate: '],
    ['rules.pages.0', { rules: { pages: ['chat'] } }, 'rules.pages[0]: must be a path such as "/chat/*" (starting with "/" or "*")'],
    ['rules.minPageViews', { rules: { minPageViews: 0 } }, 'rules.minPageViews: '],
    ['rules.delayMs', { rules: { delayMs: 1.5 } }, 'rules.delayMs: '],
    ['rules (an option that is not an asking rule)', { rules: { endpoint: 'https://evil.example' } }, 'rules: has a field "endpoint" that rules does not have'],
    ['publishedAt', { publishedAt: 'yesterday' }, 'publishedAt: must be an ISO 8601 date-time'],
    ['(body) an unknown field', { theme: 'dark' }, '(body): has a field "theme" that a survey definition does not have'],
  ])('refuses a bad %s, naming it', (_name, change, named) => {
    expect(problem({ ...definition, ...change })).toContain(named);
  });
});
