import type { SparseVector } from './local-tfidf.js';
import { seededRandom } from './local-prng.js';

export interface KmeansResult {
  /** Cluster of each vector, in the order given. */
  assignments: number[];
  /** Unit-length centroid of each cluster, dense over the terms. */
  centroids: Float64Array[];
}

/** Rounds at most; k-means on a few thousand short texts settles in far fewer. */
const MAX_ROUNDS = 100;

const dot = (v: SparseVector, centroid: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < v.indexes.length; i++) sum += v.weights[i]! * centroid[v.indexes[i]!]!;
  return sum;
};

/**
 * Spherical k-means (cosine similarity) over unit-length sparse vectors, started with
 * k-means++ drawn from a seeded generator, `restarts` times (seeds seed, seed + 1, ...), keeping
 * the tightest result: the same vectors, k, seed and restarts give the same clusters. Vectors
 * must not be empty. Ties go to the lower cluster number.
 */
export function kmeans(vectors: readonly SparseVector[], dimensions: number, k: number, seed: number, restarts = 1): KmeansResult {
  let best: KmeansResult | undefined;
  let bestScore = -Infinity;
  for (let r = 0; r < restarts; r++) {
    const result = kmeansOnce(vectors, dimensions, k, seededRandom(seed + r));
    const score = cohesion(vectors, result);
    if (score > bestScore + 1e-9) {
      best = result;
      bestScore = score;
    }
  }
  return best!;
}

/** Sum of each vector's similarity to its centroid: what k-means maximises. */
function cohesion(vectors: readonly SparseVector[], { assignments, centroids }: KmeansResult): number {
  return vectors.reduce((sum, v, i) => sum + dot(v, centroids[assignments[i]!]!), 0);
}

function kmeansOnce(vectors: readonly SparseVector[], dimensions: number, k: number, random: () => number): KmeansResult {
  const count = Math.min(k, vectors.length);
  const centroids = initialCentroids(vectors, dimensions, count, random);
  let assignments = vectors.map(() => -1);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = vectors.map((v) => nearest(v, centroids));
    const changed = next.some((c, i) => c !== assignments[i]);
    assignments = next;
    if (!changed) break;
    recompute(vectors, assignments, centroids, dimensions);
  }
  return { assignments, centroids };
}

/** The cluster whose centroid is most similar to `v`. */
export function nearest(v: SparseVector, centroids: readonly Float64Array[]): number {
  let best = 0;
  let bestSimilarity = -Infinity;
  centroids.forEach((centroid, c) => {
    const similarity = dot(v, centroid);
    if (similarity > bestSimilarity) {
      best = c;
      bestSimilarity = similarity;
    }
  });
  return best;
}

/** k-means++: each next centre drawn with probability proportional to its squared distance from the nearest chosen one. */
function initialCentroids(vectors: readonly SparseVector[], dimensions: number, k: number, random: () => number): Float64Array[] {
  const dense = (v: SparseVector) => {
    const out = new Float64Array(dimensions);
    v.indexes.forEach((i, j) => (out[i] = v.weights[j]!));
    return out;
  };
  const centroids = [dense(vectors[Math.floor(random() * vectors.length)]!)];
  // Cosine distance of unit vectors: |a - b|^2 = 2 - 2 a.b.
  const distances = vectors.map((v) => Math.max(0, 2 - 2 * dot(v, centroids[0]!)));
  while (centroids.length < k) {
    const total = distances.reduce((sum, d) => sum + d, 0);
    let pick = 0;
    if (total > 0) {
      let target = random() * total;
      for (pick = 0; pick < distances.length - 1; pick++) {
        target -= distances[pick]!;
        if (target < 0) break;
      }
    } else {
      pick = Math.floor(random() * vectors.length);
    }
    const centre = dense(vectors[pick]!);
    centroids.push(centre);
    vectors.forEach((v, i) => (distances[i] = Math.min(distances[i]!, Math.max(0, 2 - 2 * dot(v, centre)))));
  }
  return centroids;
}

/** Each centroid becomes the normalised mean of its members; an emptied cluster keeps its old centroid. */
function recompute(vectors: readonly SparseVector[], assignments: readonly number[], centroids: Float64Array[], dimensions: number): void {
  const sums = centroids.map(() => new Float64Array(dimensions));
  const sizes = centroids.map(() => 0);
  vectors.forEach((v, i) => {
    const c = assignments[i]!;
    sizes[c]! += 1;
    const sum = sums[c]!;
    v.indexes.forEach((index, j) => (sum[index]! += v.weights[j]!));
  });
  sums.forEach((sum, c) => {
    if (sizes[c] === 0) return;
    let squares = 0;
    for (const x of sum) squares += x * x;
    const norm = Math.sqrt(squares);
    if (norm > 0) centroids[c] = sum.map((x) => x / norm);
  });
}
