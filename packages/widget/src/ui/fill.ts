/** Fills `{name}` slots in a sentence; unknown slots stay as written. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
