import type { ResolvedOptions } from './options.js';
import { OPTIONS_SPEC } from './options-spec.generated.js';

/** The subset of JSON Schema the options spec uses. */
export interface Spec {
  type?: string | string[];
  expected?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  items?: Spec;
  properties?: Record<string, Spec>;
  required?: string[];
  additionalProperties?: boolean | Spec;
}

export type OptionsResult = { ok: true; options: ResolvedOptions } | { ok: false; error: string };

class Invalid extends Error {}

/**
 * Checks options against the spec compiled from OptionsSchema, fills in defaults, and names the
 * first wrong option the way the user wrote it: `sampleRate` for `init()`, `data-sample-rate` for
 * the script tag (pass `nameOf`).
 */
export function validateOptions(input: unknown, nameOf: (path: string) => string = (path) => path): OptionsResult {
  try {
    return { ok: true, options: check(OPTIONS_SPEC as Spec, input, '', '', nameOf) as ResolvedOptions };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** What a value must be, in words, from its constraints: "a whole number from 1 to 100". */
function describe(spec: Spec): string {
  if (spec.expected) return spec.expected;
  if (spec.enum) return spec.enum.map((v) => JSON.stringify(v)).join(', ').replace(/, ([^,]*)$/, ' or $1');
  const { minimum: min, maximum: max, exclusiveMinimum: above } = spec;
  const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : above !== undefined ? ` above ${above}` : '';
  switch (spec.type) {
    case 'integer': return `a whole number${range}`;
    case 'number': return `a number${range}`;
    case 'boolean': return 'true or false';
    case 'array': return `a list of ${spec.minItems ?? 0} to ${spec.maxItems ?? 'any number of'} items`;
    case 'object': return 'an object';
  }
  return spec.maxLength ? `text of at most ${spec.maxLength} characters` : 'non-empty text';
}

function check(spec: Spec, value: unknown, path: string, expected: string, nameOf: (path: string) => string): unknown {
  const wanted = expected || describe(spec);
  const fail = (): never => {
    if (!path) throw new Invalid('options must be an object such as { endpoint: "https://…" }');
    const got = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 80);
    throw new Invalid(`option "${nameOf(path)}" must be ${wanted} (got ${got})`);
  };
  const types = ([] as string[]).concat(spec.type ?? []);
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const typeOk = types.some((t) =>
    t === 'integer' ? Number.isInteger(value) : t === 'number' ? Number.isFinite(value) : t === kind,
  );
  if (types.length && !typeOk) fail();
  if (spec.enum && !spec.enum.includes(value)) fail();
  if (typeof value === 'number') {
    if ((spec.minimum ?? -Infinity) > value || (spec.maximum ?? Infinity) < value || (spec.exclusiveMinimum ?? -Infinity) >= value) fail();
  }
  if (typeof value === 'string') {
    if (value.length < (spec.minLength ?? 0) || value.length > (spec.maxLength ?? Infinity)) fail();
    if (spec.pattern && !new RegExp(spec.pattern, 'i').test(value)) fail();
  }
  if (Array.isArray(value)) {
    if (value.length < (spec.minItems ?? 0) || value.length > (spec.maxItems ?? Infinity)) fail();
    return value.map((item, i) => check(spec.items ?? {}, item, `${path}.${i}`, wanted, nameOf));
  }
  if (kind === 'object' && (spec.properties || spec.additionalProperties !== undefined)) {
    const object = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      if (!spec.properties?.[key] && spec.additionalProperties === false) {
        throw new Invalid(`unknown option "${nameOf(path ? `${path}.${key}` : key)}"`);
      }
    }
    for (const [key, child] of Object.entries(spec.properties ?? {})) {
      const at = path ? `${path}.${key}` : key;
      if (object[key] === undefined) {
        if (spec.required?.includes(key)) check(child, undefined, at, '', nameOf);
        if (child.default !== undefined) out[key] = child.default;
        continue;
      }
      out[key] = check(child, object[key], at, '', nameOf);
    }
    if (typeof spec.additionalProperties === 'object') {
      for (const [key, item] of Object.entries(object)) out[key] = check(spec.additionalProperties, item, `${path}.${key}`, wanted, nameOf);
    }
    return out;
  }
  return value;
}
