import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Submission } from '@candor/protocol';
import type { AnswerStore } from '../../src/store/answer-store.js';
import { DEFAULT_CODEBOOK } from '../../src/themes/codebook/default-codebook.js';
import { planFor, type ThemeSetup } from '../../src/themes/classification/classification-plan.js';
import { NO_THEME } from '../../src/themes/clustering/local-classifier.js';
import { loadQuoteCandidates } from '../../src/themes/reports/quote-candidates.js';
import { loadQuotePage } from '../../src/themes/reports/quote-page.js';
import { tallyThemeView } from '../../src/themes/reports/tally-report.js';
import { loadThemeAnswers } from '../../src/themes/reports/theme-answers.js';
import { loadThemeBreakdown } from '../../src/themes/reports/theme-breakdown.js';
import { loadThemeView, type ThemesContext } from '../../src/themes/reports/theme-view.js';
import { openTestBackend, TEST_BACKEND, type TestBackend } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

// The theme views of a survey read the counts the database keeps (migration 10) instead of every
// label. These tests make a study with the awkward cases (people with several submissions in
// different months and languages, answers in several themes, "(no theme)", groups under the
// threshold, relabelling, withdrawals) and check that the kept counts give exactly what counting
// the labels themselves gives.

let backend: TestBackend;
let store: AnswerStore;

beforeAll(async () => {
  backend = await openTestBackend();
  store = backend.store;
});
afterAll(async () => {
  await store?.close();
});

const setup: ThemeSetup = { codebook: DEFAULT_CODEBOOK };
const K = 3;
const context = (): ThemesContext => ({ store: store.themes, setup, minGroupSize: K });
const categories = (questionId: string) => DEFAULT_CODEBOOK.schemes.find((s) => s.questionId === questionId)!.categories.map((c) => c.id);

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * A study of `people` people in one survey: a third answer twice or three times (as the same
 * respondent id), some give no respondent id; answers to hope, fear and a question without a
 * codebook scheme, in three languages and over three months; labelled at random, with several
 * themes, none, or the few "(no theme)".
 */
async function makeStudy(seed: number, people: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const surveyId = uniqueSurveyId();
  const submissions: Submission[] = [];
  for (let p = 0; p < people; p++) {
    const times = p % 3 === 0 ? 1 + Math.floor(next() * 3) : 1;
    const respondentId = p % 7 === 6 ? undefined : `person-${seed}-${p}`;
    for (let t = 0; t < times; t++) {
      submissions.push(
        freshSubmission({
          surveyId,
          locale: pick(['en', 'en-GB', 'fr', 'ja']),
          ...(respondentId ? { respondentId } : {}),
          consent: { quotes: next() < 0.6 },
          context: { path: '/chat', product: 'Acme', metadata: { plan: pick(['free', 'pro', 'team', 'rare']), beta: next() < 0.5, seats: pick([1, 2.5, 10]) } },
          answers: [
            { questionId: 'hope', prompt: 'Hope?', text: `hope ${p}.${t}` },
            { questionId: 'fear', prompt: 'Fear?', text: `fear ${p}.${t}` },
            { questionId: 'other', prompt: 'Other?', text: `other ${p}.${t}` },
          ],
        }),
      );
    }
  }
  await store.insert(submissions);
  // Arrivals over three months, so the month breakdown has more than one group.
  for (const [i, s] of submissions.entries()) {
    await backend.sql(`update submissions set received_at = $2::timestamptz where id = $1::uuid`, [s.id, `2026-0${7 + (i % 3)}-1${i % 9}T12:00:00Z`]);
  }
  const labels = (questionId: string) => {
    const pool = questionId === 'other' ? ['alpha · beta', 'gamma · delta', 'rare · words'] : categories(questionId).slice(0, 6);
    return submissions.map((s) => {
      const roll = next();
      const chosen = roll < 0.1 ? [NO_THEME] : roll < 0.3 ? [pick(pool), pick(pool)] : [pick(pool)];
      return { submissionId: s.id, labels: chosen };
    });
  };
  for (const questionId of ['hope', 'fear', 'other']) await store.themes.saveLabels(questionId, planFor(questionId, setup).stamp, labels(questionId));
  return { surveyId, submissions, pick, next };
}

async function expectSameViews(surveyId: string) {
  for (const questionId of [undefined, 'hope', 'other']) {
    const kept = await tallyThemeView(store.themes, surveyId, questionId, setup, K);
    const counted = await loadThemeView(context(), { surveyId, questionId });
    expect(kept.report).toEqual(counted.report);
  }
  // partial: false matches every submission here, but the kept counts cannot answer it: the labels are read.
  const values = async (key: string) => (await store.results.facets({ surveyId, metadataKey: key })).metadata.find((m) => m.key === key)?.values.map((v) => v.value) ?? [];
  for (const key of ['plan', 'beta', 'seats']) {
    for (const questionId of ['hope', 'other']) {
      const query = { questionId, by: 'metadata' as const, key };
      const kept = await loadThemeBreakdown(context(), { ...query, filter: { surveyId } }, values);
      const counted = await loadThemeBreakdown(context(), { ...query, filter: { surveyId, partial: false } }, values);
      expect(kept).toEqual(counted);
      expect(kept.groups.length + (kept.otherGroups ? 1 : 0)).toBeGreaterThan(0);
    }
  }
  const kept = await loadQuotePage(context(), { surveyId }, { status: 'all', limit: 1000, offset: 0 });
  const counted = (await loadQuoteCandidates(context(), { surveyId })).candidates;
  const byKey = <T extends { submissionId: string; questionId: string }>(items: T[]) => [...items].sort((a, b) => `${a.submissionId}${a.questionId}`.localeCompare(`${b.submissionId}${b.questionId}`));
  expect(kept.total).toBe(counted.length);
  expect(byKey(kept.items).map((c) => ({ ...c, themes: [...c.themes].sort((a, b) => a.theme.localeCompare(b.theme)) }))).toEqual(
    byKey(counted).map((c) => ({ ...c, themes: [...c.themes].sort((a, b) => a.theme.localeCompare(b.theme)) })),
  );
  for (const status of ['pending', 'approved', 'rejected'] as const) {
    const page = await loadQuotePage(context(), { surveyId }, { status, limit: 1000, offset: 0 });
    expect(page.total).toBe(counted.filter((c) => c.status === status).length);
  }
}

describe(`the kept theme counts (${TEST_BACKEND})`, () => {
  it('give the same report, breakdowns, pairs and quotes as counting every label, with people counted once', async () => {
    const { surveyId } = await makeStudy(7, 60);
    const report = (await tallyThemeView(store.themes, surveyId, undefined, setup, K)).report;
    // The study has what the comparison is about: months, languages, groups folded, pairs.
    expect(report.questions.map((q) => q.questionId)).toEqual(['hope', 'fear', 'other']);
    expect(report.questions[0]!.byMonth).toHaveLength(3);
    expect(report.questions[0]!.byLanguage.length).toBeGreaterThan(1);
    expect(report.questions.some((q) => q.byLanguage.some((l) => l.foldedThemes > 0))).toBe(true);
    expect(report.lightAndShade.pairs.length).toBeGreaterThan(0);
    await expectSameViews(surveyId);
  });

  it('stay exact through relabelling, a question labelled anew, quote decisions and withdrawals', async () => {
    const { surveyId, submissions, pick } = await makeStudy(11, 45);
    const hope = planFor('hope', setup).stamp;
    await store.themes.saveLabels('hope', hope, submissions.slice(0, 20).map((s) => ({ submissionId: s.id, labels: [pick(categories('hope').slice(0, 3))] })));
    await store.themes.saveLabels('other', planFor('other', setup).stamp, submissions.map((s, i) => ({ submissionId: s.id, labels: [i % 4 === 0 ? NO_THEME : `cluster ${i % 5}`] })), {
      replaceQuestion: true,
    });
    const quotable = (await loadQuoteCandidates(context(), { surveyId })).candidates;
    await store.themes.decideQuote(quotable[0]!.submissionId, quotable[0]!.questionId, 'approved');
    await store.themes.decideQuote(quotable[1]!.submissionId, quotable[1]!.questionId, 'rejected');
    await store.themes.decideQuote(quotable[2]!.submissionId, quotable[2]!.questionId, 'pending');
    for (const s of submissions.slice(30, 36)) await store.withdraw(s.id);
    await expectSameViews(surveyId);

    const theme = (await tallyThemeView(store.themes, surveyId, 'hope', setup, K)).report.questions[0]!.overall.themes[0]!.theme;
    const page = { questionId: 'hope', theme, filter: { surveyId }, limit: 5, offset: 2 };
    const kept = await loadThemeAnswers(context(), page);
    const counted = await loadThemeAnswers(context(), { ...page, filter: { surveyId, partial: false } });
    expect(kept).toEqual(counted);
    expect(kept!.items).toHaveLength(5);
  });

  it('stay exact when two collectors label the same answers at the same moment (PostgreSQL: each save on its own connection)', async () => {
    const surveyId = uniqueSurveyId();
    const made = Array.from({ length: 60 }, (_, i) =>
      freshSubmission({ surveyId, respondentId: `twice-${surveyId}-${i % 40}`, answers: [{ questionId: 'hope', prompt: 'Hope?', text: `hope ${i}` }] }),
    );
    await store.insert(made);
    const stamp = planFor('hope', setup).stamp;
    const [a, b] = [categories('hope')[0]!, categories('hope')[1]!];
    // Both "processes" save every answer, one answer a save, interleaved: as two theme jobs racing on new answers would.
    await Promise.all(
      made.flatMap((s, i) => [
        store.themes.saveLabels('hope', stamp, [{ submissionId: s.id, labels: [i % 2 ? a : b] }]),
        store.themes.saveLabels('hope', stamp, [{ submissionId: s.id, labels: [a, b] }]),
      ]),
    );
    const kept = await tallyThemeView(store.themes, surveyId, 'hope', setup, K);
    const counted = await loadThemeView(context(), { surveyId, questionId: 'hope' });
    expect(kept.report).toEqual(counted.report);
    expect(kept.report.questions[0]!.overall.respondents).toBe(40);
  });
});
