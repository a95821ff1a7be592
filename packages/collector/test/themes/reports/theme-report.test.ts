import { wilsonInterval } from '../../../src/themes/reports/wilson-interval.js';
import { describe, expect, it } from 'vitest';
import type { ChatClient } from '../../../src/llm/chat-client.js';
import type { ThemeMembership } from '../../../src/store/theme-store.js';
import { isCurrent, planFor, type ThemeSetup } from '../../../src/themes/classification/classification-plan.js';
import { DEFAULT_CODEBOOK } from '../../../src/themes/codebook/default-codebook.js';
import { buildThemeReport } from '../../../src/themes/reports/theme-report.js';

const chat: ChatClient = { model: 'fake', complete: async () => '' };
const WITH_MODEL: ThemeSetup = { codebook: DEFAULT_CODEBOOK, chat };
const LOCAL: ThemeSetup = { codebook: DEFAULT_CODEBOOK };

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

  it('counts as current only labels of the plan in force: local ones turn stale once a model is set, as do those of an older codebook', () => {
    const local = labelled(LOCAL, 'hope', 'time · family · kids', 1)[0]!;
    const model = labelled(WITH_MODEL, 'hope', 'time-freedom', 1)[0]!;
    const newCodebook: ThemeSetup = { ...WITH_MODEL, codebook: { ...DEFAULT_CODEBOOK, version: 'next' } };

    expect(isCurrent(local, LOCAL)).toBe(true);
    expect(isCurrent(local, WITH_MODEL)).toBe(false);
    expect(isCurrent(model, WITH_MODEL)).toBe(true);
    expect(isCurrent(model, newCodebook)).toBe(false);
    // A question without a scheme stays local even with a model.
    expect(isCurrent(labelled(LOCAL, 'context', 'x', 1)[0]!, WITH_MODEL)).toBe(true);
    expect(buildThemeReport([local], LOCAL, 1).questions[0]).toMatchObject({ method: 'local', overall: { themes: [{ label: 'time · family · kids' }] } });
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

  it('has no light and shade without codebook labels', () => {
    expect(buildThemeReport(labelled(LOCAL, 'hope', 'x', 5), LOCAL, 3).lightAndShade).toEqual({ available: false, pairs: [], foldedPairs: 0 });
  });

  it('puts the codebook questions first, in its order', () => {
    const rows = [...labelled(LOCAL, 'zeta', 'a', 3), ...labelled(LOCAL, 'fear', 'b', 3), ...labelled(LOCAL, 'hope', 'c', 3), ...labelled(LOCAL, 'alpha', 'd', 3)];

    expect(buildThemeReport(rows, LOCAL, 3).questions.map((q) => q.questionId)).toEqual(['hope', 'fear', 'alpha', 'zeta']);
  });
});
