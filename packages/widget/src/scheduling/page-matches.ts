/** Whether a path matches one of the patterns, where `*` stands for anything ("/chat/*"). */
export const pageMatches = (patterns: readonly string[] | undefined, path: string) =>
  !patterns || patterns.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(path));
