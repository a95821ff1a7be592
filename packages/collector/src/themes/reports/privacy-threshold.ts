/**
 * The privacy threshold, in one place: every theme, breakdown cell and quote the collector shows
 * or exports is first passed through {@link applyMinGroupSize} (people as sets, from the labels)
 * or {@link applyMinGroupSizeToCounts} (people counted, from the counts the database keeps), the
 * one built on the other. A group is shown only when it
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
  const people = new Map([...groups].map((g) => [g.key, g.people]));
  return applyMinGroupSizeToCounts(
    [...people].map(([key, members]) => ({ key, people: members.size })),
    k,
    (keys) => new Set(keys.flatMap((key) => [...people.get(key)!])).size,
  );
}

/**
 * The same split from counts of people, where the sets are not at hand (the counts the database
 * keeps): `together` says how many distinct people the given small groups hold between them.
 */
export function applyMinGroupSizeToCounts(groups: readonly { key: string; people: number }[], k: number, together: (smallKeys: string[]) => number): ThresholdedGroups {
  const shown = groups.filter((g) => g.people > 0 && g.people >= k).map(({ key, people }) => ({ key, people }));
  shown.sort((a, b) => b.people - a.people || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const small = groups.filter((g) => g.people > 0 && g.people < k).map((g) => g.key);
  const folded = small.length;
  const foldedPeople = folded > 0 ? together(small) : 0;
  const otherShown = folded > 0 && foldedPeople >= k;
  return {
    shown,
    other: otherShown ? { people: foldedPeople, groups: folded } : null,
    folded,
    otherSuppressed: folded > 0 && !otherShown,
  };
}
