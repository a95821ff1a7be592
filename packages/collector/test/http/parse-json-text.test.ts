import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/http/parse-json-text.js';
import { HttpError } from '../../src/http/http-error.js';

function errorFor(text: string): HttpError {
  try {
    parseJsonText(text);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseJsonText', () => {
  it('decodes JSON, ignoring a leading byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a":[1,"\\u0000"]}')).toEqual({ a: [1, '\u0000'] });
  });

  it.each([
    ['{"a":}', 'line 1, column 6'],
    ['[1, 2,, 3]', 'line 1, column 7'],
    ['{"id": "x",\n "answers": [1, 2,, 3]}', 'line 2, column 19'],
    ['[1]x', 'line 1, column 4'],
    ['{"a":1', 'line 1, column 7'],
    ['{"a":"x\ty"}', 'line 1, column 8'],
  ])('says where %j stops being JSON (%s)', (text, where) => {
    const error = errorFor(text);
    expect(error.statusCode).toBe(400);
    expect(error.message).toMatch(/^The request body is not valid JSON: /);
    expect(error.message).toContain(where);
  });

  it('says the body is empty when it is blank', () => {
    expect(errorFor('  \n').message).toMatch(/body is empty/);
  });

  it('refuses "__proto__" keys at any depth', () => {
    expect(errorFor('{"context":{"metadata":{"__proto__":{"x":1}}}}').message).toMatch(/__proto__/);
  });
});
