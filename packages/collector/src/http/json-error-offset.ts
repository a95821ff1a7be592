/**
 * Where in `source` JSON.parse first fails, as a character offset, for messages that do not say
 * (V8's "Unexpected token" ones). A syntax error in a prefix stays an error in every longer
 * prefix, so a binary search over prefix lengths finds the first bad character.
 */
export function jsonErrorOffset(source: string): number | undefined {
  if (!failsBeforeEnd(source)) return undefined;
  let good = 0; // every prefix this long or shorter parses or only runs out of input
  let bad = source.length; // this prefix has a real error
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (failsBeforeEnd(source.slice(0, middle))) bad = middle;
    else good = middle;
  }
  return bad - 1;
}

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (message.startsWith('Unexpected end of JSON input')) return false;
    const position = /at position (\d+)/.exec(message)?.[1];
    return position === undefined || Number(position) < prefix.length;
  }
}
