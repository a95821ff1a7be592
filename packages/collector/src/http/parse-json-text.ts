import { HttpError } from './http-error.js';
import { jsonErrorOffset } from './json-error-offset.js';

/**
 * Decodes a request body as JSON. Anything that is not JSON is a 400 that says what is wrong and
 * where. `__proto__` keys are refused, so no decoded object can carry a poisoned prototype.
 */
export function parseJsonText(text: string): unknown {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') {
    throw new HttpError(400, 'The request body is empty; send one submission (a JSON object) or an array of them.');
  }
  let value: unknown;
  try {
    // No reviver: JSON.parse alone takes any depth, a reviver recurses and overflows the stack.
    value = JSON.parse(source);
  } catch (error) {
    throw new HttpError(400, `The request body is not valid JSON: ${describeSyntaxError(error, source)}. Send one submission or an array of them, encoded with JSON.stringify.`);
  }
  refuseProtoKeys(value);
  return value;
}

/** Walks the decoded value without recursion (any depth) and refuses a "__proto__" key anywhere in it. */
function refuseProtoKeys(root: unknown): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) throw new HttpError(400, 'The request body contains a "__proto__" key, which the collector refuses; remove it.');
    for (const item of Object.values(value)) pending.push(item);
  }
}

function describeSyntaxError(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const stated = /at position (\d+)/.exec(message)?.[1];
  const position = stated === undefined ? jsonErrorOffset(source) : Number(stated);
  // V8 either gives a position or quotes a few characters around the mistake.
  const reason = message.replace(/, (.*) is not valid JSON$/s, ' near $1').replace(/ in JSON at position \d+.*$/s, '');
  const at = position === undefined ? '' : ` at ${lineAndColumn(source, position)}`;
  return `${reason}${at}`;
}

function lineAndColumn(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column} (character ${offset})`;
}
