import { tokenize } from './local-tokenize.js';

/** A sparse vector: term indexes (ascending) and their weights; L2-normalised unless empty. */
export interface SparseVector {
  indexes: number[];
  weights: number[];
}

export interface TfidfMatrix {
  /** Terms (stems) by index. */
  terms: string[];
  /** For each term, the word it most often stood for (ties: the first in sort order), to show. */
  words: string[];
  /** One vector per text, in the order given; empty when a text has no kept term. */
  vectors: SparseVector[];
}

/**
 * TF-IDF vectors of texts: sublinear term frequency (1 + ln tf), smoothed inverse document
 * frequency (ln((1 + n) / (1 + df)) + 1), L2-normalised, so a dot product is the cosine. Terms
 * in fewer than `minDocuments` texts are dropped (they cannot group anything); terms are
 * indexed in sorted order, so the result depends only on the texts.
 */
export function tfidf(texts: readonly string[], minDocuments = 2): TfidfMatrix {
  const wordCounts = new Map<string, Map<string, number>>();
  const counted = texts.map((text) => {
    const counts = new Map<string, number>();
    for (const { stem, word } of tokenize(text)) {
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
      const words = wordCounts.get(stem) ?? new Map<string, number>();
      words.set(word, (words.get(word) ?? 0) + 1);
      wordCounts.set(stem, words);
    }
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of counted) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const terms = [...df].filter(([, n]) => n >= minDocuments).map(([term]) => term).sort();
  const index = new Map(terms.map((term, i) => [term, i]));
  const idf = terms.map((term) => Math.log((1 + texts.length) / (1 + df.get(term)!)) + 1);
  const vectors = counted.map((counts) => {
    const entries: [number, number][] = [];
    for (const [term, tf] of counts) {
      const i = index.get(term);
      if (i !== undefined) entries.push([i, (1 + Math.log(tf)) * idf[i]!]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    let squares = 0;
    for (const [, w] of entries) squares += w * w;
    const norm = Math.sqrt(squares);
    return { indexes: entries.map(([i]) => i), weights: entries.map(([, w]) => w / norm) };
  });
  return { terms, words: terms.map((term) => mostFrequent(wordCounts.get(term)!)), vectors };
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}
