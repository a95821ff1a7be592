// The one way options are read, by the loader and the runtime alike: the script tag's data-*
// attributes, as written, converted by each option's type, under the options given to init().
// The runtime knows every option's type (the options spec) and reads each by readAttribute; the
// loader reads only its few number options, the same way (loader-options.ts: a test checks).
// What does not read as its type stays text, so the check names it.

/** An option's type as the options spec writes it: 'n' number, 'i' integer, 'b' boolean, 'a' list, 'o' object (or a list of those). */
export type OptionType = string | string[] | undefined;

/**
 * One attribute's text as its type reads it. Numbers, booleans, objects and lists are read as
 * JSON (`"0.5"`, `"false"`, `'{"plan":"pro"}'`, `'["/chat/*"]'`); a boolean attribute present
 * without a value is on; a list may also be comma-separated (`"/chat/*, /help"`). Text that does
 * not read as its type stays as written, for the check to name.
 */
export function readAttribute(raw: string, type: OptionType = 's'): unknown {
  try {
    if (!type.includes('s') || raw.trim()[0] == '{') return JSON.parse(!raw && type == 'b' ? 'true' : raw);
  } catch {
    /* not JSON: a list may be comma-separated; anything else is named by the check */
  }
  return type == 'a' ? raw.split(',').map((item) => item.trim()) : raw;
}

/** The options as given: init()'s own (those not undefined) over the script tag's attributes, each read by `readAs` (its text, its name). */
export function readOptions(attributes: Record<string, string | undefined> | undefined, options: Record<string, unknown>, readAs: (raw: string, name: string) => unknown) {
  const read: Record<string, unknown> = {};
  for (const name in attributes) read[name] = readAs(attributes[name]!, name);
  for (const name in options) if (options[name] !== undefined) read[name] = options[name];
  return read;
}
