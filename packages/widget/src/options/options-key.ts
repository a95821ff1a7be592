/**
 * The same text for options equal in value, whatever their object identity or key order. A
 * function counts by its presence only: a new function identity (an inline arrow on every
 * render) gives the same key, so adapters need not restart Candor for it (see CandorHandle.update).
 */
export function optionsKey(options: object): string {
  return JSON.stringify(options, (_key, value: unknown) =>
    typeof value === 'function'
      ? 'function'
      : value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
        : value,
  );
}
