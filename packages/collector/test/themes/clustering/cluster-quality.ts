/** How well clusters recover known groups: purity and the adjusted Rand index (Hubert & Arabie). */

/** Share of items whose cluster's most common true group is their own: 1 is perfect. */
export function purity(clusters: readonly string[], truth: readonly string[]): number {
  const byCluster = new Map<string, Map<string, number>>();
  clusters.forEach((c, i) => {
    const counts = byCluster.get(c) ?? new Map<string, number>();
    counts.set(truth[i]!, (counts.get(truth[i]!) ?? 0) + 1);
    byCluster.set(c, counts);
  });
  let majority = 0;
  for (const counts of byCluster.values()) majority += Math.max(...counts.values());
  return majority / clusters.length;
}

/** Adjusted Rand index: agreement on which pairs belong together, 0 for chance, 1 for identical partitions. */
export function adjustedRandIndex(clusters: readonly string[], truth: readonly string[]): number {
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  clusters.forEach((c, i) => {
    const t = truth[i]!;
    cells.set(`${c}\u0000${t}`, (cells.get(`${c}\u0000${t}`) ?? 0) + 1);
    rows.set(c, (rows.get(c) ?? 0) + 1);
    columns.set(t, (columns.get(t) ?? 0) + 1);
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + pairs(v), 0);
  const index = sum(cells);
  const expected = (sum(rows) * sum(columns)) / pairs(clusters.length);
  const max = (sum(rows) + sum(columns)) / 2;
  return (index - expected) / (max - expected);
}
