import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ThemeReport } from '../../src/themes/reports/theme-report.js';
import { openApp, useFakeCollector } from './helpers/fake-collector.js';

const fake = useFakeCollector();

const breakdown = {
  respondents: 40,
  notClassified: { respondents: 6, share: 0.15 },
  themes: [{ theme: 'time-freedom', label: 'Time freedom', respondents: 20, share: 0.5, studyShare: 0.111, interval: { low: 0.35, high: 0.65 } }],
  other: null,
  foldedThemes: 0,
  otherSuppressed: false,
};
const report = (method: 'model' | 'keyword-rules', labelledBy: string): ThemeReport => ({
  minGroupSize: 10,
  questions: [{ questionId: 'hope', method, labelledBy, classifier: method, classifierVersion: '1', schemeVersion: 'study-2026-03', overall: breakdown, byMonth: [], byLanguage: [] }],
  lightAndShade: { available: true, pairs: [], foldedPairs: 0 },
});

describe('the themes view', () => {
  it('says what labelled the themes and how many answers were not classified', async () => {
    fake.replies.set('GET /v1/themes', () => Response.json(report('keyword-rules', 'keyword rules')));
    await openApp(fake, '/themes');

    expect(await screen.findByText(/labelled by keyword rules/)).toBeTruthy();
    expect(screen.getByText(/Not classified: 6 people/).textContent).toContain('15');
    expect(screen.getByText(/by matching words and phrases, without a language model/)).toBeTruthy();
  });

  it('names the model that labelled them', async () => {
    fake.replies.set('GET /v1/themes', () => Response.json(report('model', 'model: gpt-test')));
    await openApp(fake, '/themes');

    expect(await screen.findByText(/labelled by model: gpt-test/)).toBeTruthy();
    expect(screen.getByText(/by a language model \(model: gpt-test\)/)).toBeTruthy();
  });
});
