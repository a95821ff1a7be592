import { tfidf, type SparseVector } from './local-tfidf.js';
import { kmeans, nearest } from './local-kmeans.js';
import { lsa } from './local-lsa.js';
import { seededRandom } from './local-prng.js';

/** Stored with every local label; bump the version whenever the method changes what it outputs. */
export const LOCAL_CLASSIFIER_NAME = 'local-tfidf-kmeans';
export const LOCAL_CLASSIFIER_VERSION = '1';
/** The seed used unless one is configured. Any fixed number works; this one is the study's month. */
export const DEFAULT_LOCAL_SEED = 202603;
/** The label of an answer with no word the clustering can use (blank, or only stop words). */
export const NO_THEME = '(no theme)';
/** Most clusters the rule picks: more bars than this make a chart no one reads. */
export const MAX_AUTO_K = 12;

export interface LocalClusteringOptions {
  /** Number of clusters; default round(sqrt(n / 2)) for n answers, from 2 to {@link MAX_AUTO_K}. */
  k?: number;
  seed?: number;
}

export interface LocalCluster {
  /** The top three words, joined by " · " (made unique with " #2"... if two clusters share them). */
  label: string;
  terms: string[];
  size: number;
}

export interface LocalClustering {
  k: number;
  /** The label of each text, in the order given. */
  labels: string[];
  /** Largest first. */
  clusters: LocalCluster[];
}

const LABEL_TERMS = 3;
/** k-means runs from different seeded starts; the tightest wins. */
const RESTARTS = 10;
/** Answers k-means is fitted on at most (a seeded sample); the rest join their nearest cluster. */
const FIT_SAMPLE = 2000;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups texts by similarity and labels each group by its three heaviest words: TF-IDF over
 * stemmed terms, reduced by LSA to about one dimension per ten texts (10 to 100), then seeded
 * spherical k-means (k-means++ starts, ten restarts). No network, no model: it finds structure,
 * not meaning (texts in unrelated languages share few terms, so they may form clusters of their
 * own). The same texts in the same order with the same options give the same clusters and labels.
 */
export function clusterTexts(texts: readonly string[], options: LocalClusteringOptions = {}): LocalClustering {
  const seed = options.seed ?? DEFAULT_LOCAL_SEED;
  const { terms, words, vectors } = tfidf(texts, texts.length >= 20 ? 2 : 1);
  const usable = vectors.flatMap((v, i) => (v.indexes.length > 0 ? [i] : []));
  const labels = texts.map(() => NO_THEME);
  if (usable.length === 0) return { k: 0, labels, clusters: [] };
  const sparse = usable.map((i) => vectors[i]!);
  const rank = Math.min(100, Math.max(10, Math.round(sparse.length / 10)));
  const points = lsa(sparse, terms.length, rank, seed);
  const k = Math.max(1, Math.min(options.k ?? autoK(points.length), points.length));
  const fit = seededSample(points, FIT_SAMPLE, seed);
  const { centroids } = kmeans(fit, points[0]!.indexes.length, k, seed, RESTARTS);
  const assignments = points.map((p) => nearest(p, centroids));
  const sums = termSums(sparse, assignments, k, terms.length);
  const named = sums
    .map((sum, c) => ({ c, terms: topWords(sum, words), size: assignments.filter((a) => a === c).length }))
    .filter((cluster) => cluster.size > 0)
    .sort((a, b) => b.size - a.size || compare(a.terms.join(), b.terms.join()));
  const labelOf = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const cluster of named) {
    const base = cluster.terms.join(' · ') || NO_THEME;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    labelOf.set(cluster.c, n === 1 ? base : `${base} #${n}`);
  }
  usable.forEach((textIndex, p) => (labels[textIndex] = labelOf.get(assignments[p]!)!));
  return { k, labels, clusters: named.map((cluster) => ({ label: labelOf.get(cluster.c)!, terms: cluster.terms, size: cluster.size })) };
}

/** The rule of thumb k = sqrt(n / 2), from 2 to {@link MAX_AUTO_K}; one cluster below four answers. */
export function autoK(n: number): number {
  return n < 4 ? 1 : Math.min(MAX_AUTO_K, Math.max(2, Math.round(Math.sqrt(n / 2))));
}

function seededSample<T>(items: readonly T[], size: number, seed: number): T[] {
  if (items.length <= size) return [...items];
  const random = seededRandom(seed ^ 0x5eed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, size);
}

/** Summed TF-IDF vector of each cluster's members, over the terms: what names a cluster. */
function termSums(vectors: readonly SparseVector[], assignments: readonly number[], k: number, dimensions: number): Float64Array[] {
  const sums = Array.from({ length: k }, () => new Float64Array(dimensions));
  vectors.forEach((v, i) => {
    const sum = sums[assignments[i]!]!;
    v.indexes.forEach((index, j) => (sum[index]! += v.weights[j]!));
  });
  return sums;
}

function topWords(sum: Float64Array, words: readonly string[]): string[] {
  const picked: string[] = [];
  const order = [...sum.keys()].filter((i) => sum[i]! > 0).sort((a, b) => sum[b]! - sum[a]! || a - b);
  for (const i of order) {
    const word = [...words[i]!].slice(0, 40).join('');
    if (!picked.includes(word)) picked.push(word);
    if (picked.length === LABEL_TERMS) break;
  }
  return picked;
}
