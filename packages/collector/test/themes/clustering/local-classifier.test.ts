import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autoK, clusterTexts, NO_THEME } from '../../../src/themes/clustering/local-classifier.js';
import { seededRandom } from '../../../src/themes/clustering/local-prng.js';
import { adjustedRandIndex, purity } from './cluster-quality.js';

interface Planted {
  questionId: 'hope' | 'fear';
  theme: string;
  locale: string;
  text: string;
}

const SAMPLE: Planted[] = readFileSync(new URL('../../fixtures/synthetic-answers.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Planted);

const answersTo = (questionId: string) => SAMPLE.filter((a) => a.questionId === questionId);

/** Written later, each by someone who had seen neither SAMPLE nor the other, after the method's settings were fixed: held-out checks. */
const heldOut = (file: string): Planted[] =>
  readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Planted);

/** The purity of the same cluster sizes with the planted themes shuffled (seeded): what chance gets. */
function chancePurity(clusters: readonly string[], truth: readonly string[]): number {
  const random = seededRandom(7);
  const shuffled = [...truth];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return purity(clusters, shuffled);
}

describe('the synthetic sample', () => {
  it('holds at least 300 answers: five planted hope and five fear themes, in English, Spanish, French, German and Japanese', () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(300);
    expect(new Set(answersTo('hope').map((a) => a.theme)).size).toBe(5);
    expect(new Set(answersTo('fear').map((a) => a.theme)).size).toBe(5);
    expect(new Set(SAMPLE.map((a) => a.locale))).toEqual(new Set(['en', 'es', 'fr', 'de', 'ja']));
  });
});

describe('local clustering (TF-IDF, LSA, seeded k-means)', () => {
  it('gives the same clusters and labels on every run with the same seed', () => {
    const texts = answersTo('hope').map((a) => a.text);

    const first = clusterTexts(texts);
    const second = clusterTexts([...texts]);

    expect(second).toEqual(first);
    expect(clusterTexts(texts, { seed: 99 })).toEqual(clusterTexts(texts, { seed: 99 }));
  });

  it('labels each cluster with its three heaviest words, unique within the question', () => {
    const { clusters, labels } = clusterTexts(answersTo('fear').map((a) => a.text));

    expect(new Set(clusters.map((c) => c.label)).size).toBe(clusters.length);
    for (const cluster of clusters) {
      expect(cluster.terms).toHaveLength(3);
      expect(cluster.label.startsWith(cluster.terms.join(' · '))).toBe(true);
    }
    // An answer whose every term is in no other answer has nothing to group by: no theme.
    expect(new Set(labels)).toEqual(new Set([...clusters.map((c) => c.label), ...(labels.includes(NO_THEME) ? [NO_THEME] : [])]));
  });

  // Measured with the default seed (see the README): hope purity 0.672, ARI 0.322; fear purity
  // 0.689, ARI 0.289, with k = 9 by the sqrt(n/2) rule; chance purity for those cluster sizes is
  // about 0.3. English answers alone: hope 0.72 / 0.38, fear 0.88 / 0.58. Over seeds 1 to 10 the
  // purity ranged 0.63-0.79 (hope) and 0.53-0.72 (fear). The bars sit a little below the
  // default seed's figures: a change that loses more than that has made the method worse.
  it.each([
    ['hope', 0.62, 0.27],
    ['fear', 0.62, 0.24],
  ] as const)('separates the planted %s themes (purity >= %s, adjusted Rand index >= %s)', (questionId, minPurity, minAri) => {
    const answers = answersTo(questionId);
    const truth = answers.map((a) => a.theme);

    const { labels, k } = clusterTexts(answers.map((a) => a.text));

    expect(k).toBe(autoK(answers.length));
    expect(purity(labels, truth)).toBeGreaterThanOrEqual(minPurity);
    expect(adjustedRandIndex(labels, truth)).toBeGreaterThanOrEqual(minAri);
    expect(purity(labels, truth)).toBeGreaterThan(2 * chancePurity(labels, truth));
  });

  // On the held-out samples the method does far worse, with the default seed:
  // - synthetic-answers-holdout.jsonl (120 answers a question; en, es, fr, de, pt): hope purity
  //   0.383, ARI 0.025 (chance 0.325); fear 0.400, ARI 0.050 (chance 0.300);
  // - synthetic-answers-check.jsonl (150 a question; en, es, fr, de, it): hope 0.420, ARI 0.058
  //   (chance 0.353); fear 0.433, ARI 0.081 (chance 0.307).
  // Over seeds 1 to 10 purity stays within 0.36-0.49. Short answers sharing few words split by
  // language and wording more than by theme; other settings (minimum document frequency 3, LSA
  // rank 5 to 30, no LSA, word prefixes of 4 or 6 letters, character 3- and 4-grams) did no
  // better on the first two samples. This holds it above chance, so a change that loses even
  // that fails; the collector README reports every sample.
  it.each([
    ['synthetic-answers-holdout.jsonl', 'hope', 120],
    ['synthetic-answers-holdout.jsonl', 'fear', 120],
    ['synthetic-answers-check.jsonl', 'hope', 150],
    ['synthetic-answers-check.jsonl', 'fear', 150],
  ] as const)('on the held-out %s, finds more of the planted %s themes than chance does', (file, questionId, count) => {
    const answers = heldOut(file).filter((a) => a.questionId === questionId);
    const truth = answers.map((a) => a.theme);

    const { labels } = clusterTexts(answers.map((a) => a.text));

    expect(answers).toHaveLength(count);
    expect(purity(labels, truth)).toBeGreaterThan(chancePurity(labels, truth));
    expect(adjustedRandIndex(labels, truth)).toBeGreaterThan(0);
  });

  it('puts the same-theme answers of several languages together where the words are cognates', () => {
    const answers = answersTo('hope');
    const { labels } = clusterTexts(answers.map((a) => a.text));
    const learning = answers.flatMap((a, i) => (a.theme === 'learning-growth' && a.locale !== 'ja' ? [labels[i]!] : []));
    const counts = new Map<string, number>();
    for (const label of learning) counts.set(label, (counts.get(label) ?? 0) + 1);

    // English "learn", Spanish "aprender" and French "apprendre" share a cluster.
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(learning.length / 2);
  });

  it('gives answers with no usable word (blank, stop words only) no theme, and handles tiny inputs', () => {
    expect(clusterTexts(['', 'the and of', 'Más tiempo con mi familia']).labels.slice(0, 2)).toEqual([NO_THEME, NO_THEME]);
    expect(clusterTexts([]).labels).toEqual([]);
    expect(clusterTexts(['family time', 'family dinners']).k).toBe(1);
  });

  it('uses the k it is given', () => {
    expect(clusterTexts(answersTo('hope').map((a) => a.text), { k: 5 }).clusters.length).toBeLessThanOrEqual(5);
  });
});
