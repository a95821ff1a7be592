import { wilsonInterval } from '../../../src/themes/reports/wilson-interval.js';
import { describe, expect, it } from 'vitest';
import type { ChatClient } from '../../../src/llm/chat-client.js';
import type { ThemeMembership } from '../../../src/store/theme-store.js';
import { isCurrent, planFor, type ThemeSetup } from '../../../src/themes/classification/classification-plan.js';
import { DEFAULT_CODEBOOK } from '../../../src/themes/codebook/default-codebook.js';
import { buildThemeReport } from '../../../src/themes/reports/theme-report.js';

const chat: ChatClient = { model: 'fake', complete: async () => '' };
const WITH_MODEL: ThemeSetup = { codebook: DEFAULT_CODEBOOK, chat };
const NO_MODEL: ThemeSetup = { codebook: DEFAULT_CODEBOOK };
const NO_HOPE_OR_FEAR: ThemeSetup = { codebook: { version: 'x', schemes: DEFAULT_CODEBOOK.schemes.filter((s) => s.questionId === 'experience') } };

/** `n` people labelled `label` for `questionId`, under the setup's current stamp. */
function labelled(setup: ThemeSetup, questionId: string, label: string, n: number, over: Partial<ThemeMembership> & { from?: number } = {}): ThemeMembership[] {
  const { from = 0, ...rest } = over;
  return Array.from({ length: n }, (_, i) => ({
    ...planFor(questionId, setup).stamp,
    submissionId: `${questionId}-${label}-${from + i}`,
    respondent: `r:${from + i}`,
    questionId,
    label,
    receivedAt: '2026-03-10T00:00:00.000Z',
    month: '2026-03',
    language: 'en',
    quotesAllowed: false,
    ...rest,
  }));
}

describe('the theme report', () => {
  it('counts distinct people per theme with their share, the codebook label and the study share', () => {
    const rows = [...labelled(WITH_MODEL, 'hope', 'time-freedom', 4), ...labelled(WITH_MODEL, 'hope', 'learning-growth', 3, { from: 4 })];

    const [hope] = buildThemeReport(rows, WITH_MODEL, 3).questions;

    expect(hope).toMatchObject({ questionId: 'hope', method: 'model', classifier: 'model:fake', schemeVersion: DEFAULT_CODEBOOK.version });
    expect(hope!.overall.respondents).toBe(7);
    expect(hope!.overall.themes).toEqual([
      { theme: 'time-freedom', label: 'Time freedom', respondents: 4, share: 4 / 7, studyShare: 0.111, interval: wilsonInterval(4, 7) },
      { theme: 'learning-growth', label: 'Learning & growth', respondents: 3, share: 3 / 7, studyShare: 0.084, interval: wilsonInterval(3, 7) },
    ]);
    // With 7 people, a share of 4 in 7 (57 %) could plausibly be anywhere from about a quarter to four fifths.
    expect(hope!.overall.themes[0]!.interval.low).toBeCloseTo(0.2504, 3);
    expect(hope!.overall.themes[0]!.interval.high).toBeCloseTo(0.8419, 3);
  });

  it('applies the threshold to each month and each language cell on its own', () => {
    const rows = [
      ...labelled(WITH_MODEL, 'hope', 'time-freedom', 3, { month: '2026-02' }),
      ...labelled(WITH_MODEL, 'hope', 'time-freedom', 2, { from: 3, month: '2026-03', language: 'fr' }),
    ];

    const [hope] = buildThemeReport(rows, WITH_MODEL, 3).questions;

    expect(hope!.overall.themes.map((t) => [t.theme, t.respondents])).toEqual([['time-freedom', 5]]);
    expect(hope!.byMonth.map((m) => [m.month, m.respondents, m.themes.length, m.otherSuppressed])).toEqual([
      ['2026-02', 3, 1, false],
      ['2026-03', 2, 0, true],
    ]);
    expect(hope!.byLanguage.map((l) => [l.language, l.themes.length])).toEqual([
      ['en', 1],
      ['fr', 0],
    ]);
  });

  it('counts as current only labels of the plan in force: keyword-rule ones turn stale once a model is set, as do those of an older codebook', () => {
    const rules = labelled(NO_MODEL, 'hope', 'time-freedom', 1)[0]!;
    const model = labelled(WITH_MODEL, 'hope', 'time-freedom', 1)[0]!;
    const newCodebook: ThemeSetup = { ...WITH_MODEL, codebook: { ...DEFAULT_CODEBOOK, version: 'next' } };

    expect(isCurrent(rules, NO_MODEL)).toBe(true);
    expect(isCurrent(rules, WITH_MODEL)).toBe(false);
    expect(isCurrent(model, WITH_MODEL)).toBe(true);
    expect(isCurrent(model, NO_MODEL)).toBe(false);
    expect(isCurrent(model, newCodebook)).toBe(false);
    // A question without a scheme is clustered, with a model or without.
    const cluster = labelled(NO_MODEL, 'context', 'time · family · kids', 1)[0]!;
    expect(isCurrent(cluster, WITH_MODEL)).toBe(true);
    expect(buildThemeReport([cluster], NO_MODEL, 1).questions[0]).toMatchObject({ method: 'local', labelledBy: 'word clustering', overall: { themes: [{ label: 'time · family · kids' }] } });
  });

  it('without a model, says the codebook questions were labelled by keyword rules, with the categories, their labels and study shares', () => {
    const [hope] = buildThemeReport(labelled(NO_MODEL, 'hope', 'time-freedom', 3), NO_MODEL, 3).questions;

    expect(hope).toMatchObject({ method: 'keyword-rules', labelledBy: 'keyword rules', classifier: 'keyword-rules', schemeVersion: DEFAULT_CODEBOOK.version });
    expect(hope!.overall.themes).toEqual([{ theme: 'time-freedom', label: 'Time freedom', respondents: 3, share: 1, studyShare: 0.111, interval: wilsonInterval(3, 3) }]);
    expect(buildThemeReport(labelled(WITH_MODEL, 'hope', 'time-freedom', 3), WITH_MODEL, 3).questions[0]!.labelledBy).toBe('model: fake');
  });

  it('counts the people whose answer was not classified apart from the themes, among the respondents', () => {
    const rows = [...labelled(NO_MODEL, 'hope', 'time-freedom', 3), ...labelled(NO_MODEL, 'hope', '(no theme)', 2, { from: 3 })];

    const { overall } = buildThemeReport(rows, NO_MODEL, 3).questions[0]!;

    expect(overall.respondents).toBe(5);
    expect(overall.themes.map((t) => t.theme)).toEqual(['time-freedom']);
    expect(overall.notClassified).toEqual({ respondents: 2, share: 2 / 5 });
    expect(overall.other).toBeNull();
  });

  it('shares hope and concern: of the people with a hope, those who also voice its matching concern', () => {
    const rows = [
      ...labelled(WITH_MODEL, 'hope', 'learning-growth', 4),
      ...labelled(WITH_MODEL, 'fear', 'cognitive-atrophy', 3),
      ...labelled(WITH_MODEL, 'hope', 'time-freedom', 3, { from: 10 }),
      ...labelled(WITH_MODEL, 'fear', 'wellbeing-dependency', 2, { from: 10 }),
    ];

    const { lightAndShade } = buildThemeReport(rows, WITH_MODEL, 3);

    expect(lightAndShade.available).toBe(true);
    expect(lightAndShade.pairs).toEqual([
      expect.objectContaining({ hope: 'learning-growth', concern: 'cognitive-atrophy', hopeLabel: 'Learning & growth', concernLabel: 'Cognitive atrophy', holdHope: 4, holdBoth: 3, share: 0.75 }),
    ]);
    // time-freedom and wellbeing-dependency: 2 people hold both, under k.
    expect(lightAndShade.foldedPairs).toBe(1);
  });

  it('pairs light and shade from keyword-rule labels too, without a model', () => {
    const rows = [...labelled(NO_MODEL, 'hope', 'learning-growth', 3), ...labelled(NO_MODEL, 'fear', 'cognitive-atrophy', 3)];
    expect(buildThemeReport(rows, NO_MODEL, 3).lightAndShade.pairs).toEqual([expect.objectContaining({ hope: 'learning-growth', concern: 'cognitive-atrophy', holdBoth: 3 })]);
  });

  it('has no light and shade when the codebook has no scheme for hope or fear (their answers are clustered)', () => {
    expect(buildThemeReport(labelled(NO_HOPE_OR_FEAR, 'hope', 'x', 5), NO_HOPE_OR_FEAR, 3).lightAndShade).toEqual({ available: false, pairs: [], foldedPairs: 0 });
  });

  it('puts the codebook questions first, in its order', () => {
    const rows = [...labelled(NO_MODEL, 'zeta', 'a', 3), ...labelled(NO_MODEL, 'fear', 'b', 3), ...labelled(NO_MODEL, 'hope', 'c', 3), ...labelled(NO_MODEL, 'alpha', 'd', 3)];

    expect(buildThemeReport(rows, NO_MODEL, 3).questions.map((q) => q.questionId)).toEqual(['hope', 'fear', 'alpha', 'zeta']);
  });
});
