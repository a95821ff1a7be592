/**
 * The privacy threshold, in one place: every theme, breakdown cell and quote the collector shows
 * or exports is first passed through {@link applyMinGroupSize}. A group is shown only when it
 * holds at least k distinct people (respondents, not answers); smaller groups are folded into
 * "other", which is itself shown only when it holds at least k people.
 */

/** A group of people: a theme, a breakdown cell (theme x month, theme x language...), a pair of themes. */
export interface PeopleGroup {
  key: string;
  /** Distinct respondents in the group. */
  people: ReadonlySet<string>;
}

export interface ThresholdedGroups {
  /** The groups of at least k people, largest first (then by key). */
  shown: { key: string; people: number }[];
  /** The smaller groups together: distinct people in them. Null when there were none, or fewer than k people in all. */
  other: { people: number; groups: number } | null;
  /** How many groups had fewer than k people (folded into "other", or suppressed with it). */
  folded: number;
  /** True when there were smaller groups with fewer than k people among them all, so not even "other" is shown. */
  otherSuppressed: boolean;
}

/** Splits groups into those shown (>= k people) and the folded rest, counted together as "other" only when that is >= k. */
export function applyMinGroupSize(groups: Iterable<PeopleGroup>, k: number): ThresholdedGroups {
  const shown: { key: string; people: number }[] = [];
  const foldedPeople = new Set<string>();
  let folded = 0;
  for (const { key, people } of groups) {
    if (people.size === 0) continue;
    if (people.size >= k) {
      shown.push({ key, people: people.size });
    } else {
      folded += 1;
      for (const person of people) foldedPeople.add(person);
    }
  }
  shown.sort((a, b) => b.people - a.people || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const otherShown = folded > 0 && foldedPeople.size >= k;
  return {
    shown,
    other: otherShown ? { people: foldedPeople.size, groups: folded } : null,
    folded,
    otherSuppressed: folded > 0 && !otherShown,
  };
}
