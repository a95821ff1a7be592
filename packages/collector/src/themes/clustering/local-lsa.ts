import type { SparseVector } from './local-tfidf.js';
import { seededRandom } from './local-prng.js';

/** Subspace iterations: enough for the leading directions of a term-document matrix to settle. */
const ITERATIONS = 6;

/**
 * Latent semantic analysis: projects unit-length TF-IDF vectors onto their `rank` leading
 * singular directions (seeded randomised subspace iteration), then normalises them again. Terms
 * that occur together pull their answers together, so two answers sharing no word but many
 * neighbours end up close: short answers cluster far better this way. The result is dense,
 * written as vectors whose indexes are 0..rank-1, so k-means takes it as it is.
 */
export function lsa(vectors: readonly SparseVector[], dimensions: number, rank: number, seed: number): SparseVector[] {
  const r = Math.min(rank, dimensions, vectors.length);
  const random = seededRandom(seed ^ 0x15a);
  let basis = Array.from({ length: r }, () => Float64Array.from({ length: dimensions }, () => random() - 0.5));
  orthonormalize(basis);
  for (let i = 0; i < ITERATIONS; i++) {
    const projected = vectors.map((v) => basis.map((column) => sparseDot(v, column)));
    basis = basis.map((_, c) => {
      const column = new Float64Array(dimensions);
      vectors.forEach((v, d) => {
        const weight = projected[d]![c]!;
        v.indexes.forEach((index, j) => (column[index]! += v.weights[j]! * weight));
      });
      return column;
    });
    orthonormalize(basis);
  }
  const all = Array.from({ length: r }, (_, i) => i);
  return vectors.map((v) => {
    const weights = basis.map((column) => sparseDot(v, column));
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
    return { indexes: all, weights: norm > 0 ? weights.map((w) => w / norm) : weights };
  });
}

function sparseDot(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.indexes.length; i++) sum += v.weights[i]! * dense[v.indexes[i]!]!;
  return sum;
}

/** Modified Gram-Schmidt, in place; a column that vanishes stays zero. */
function orthonormalize(columns: Float64Array[]): void {
  columns.forEach((column, c) => {
    for (let p = 0; p < c; p++) {
      const previous = columns[p]!;
      let overlap = 0;
      for (let i = 0; i < column.length; i++) overlap += column[i]! * previous[i]!;
      for (let i = 0; i < column.length; i++) column[i]! -= overlap * previous[i]!;
    }
    let squares = 0;
    for (const x of column) squares += x * x;
    const norm = Math.sqrt(squares);
    if (norm > 1e-12) for (let i = 0; i < column.length; i++) column[i]! /= norm;
    else column.fill(0);
  });
}
