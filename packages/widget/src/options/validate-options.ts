import type { ResolvedOptions } from './options.js';
import { OPTIONS_SPEC } from './options-spec.generated.js';

/** The options spec: OptionsSchema compiled to JSON Schema, under short keys (scripts/options-spec.mjs). */
export interface Spec {
  /** type: s string, n number, i integer, b boolean, a array, o object, z null, f function */
  t?: string | string[];
  /** what the value must be, in words, where the constraints cannot say it */
  x?: string;
  /** allowed values (for a scalar: a union's object branch is checked by p and a) */
  v?: unknown[];
  /** default */
  d?: unknown;
  lo?: number;
  hi?: number;
  /** exclusive minimum */
  gt?: number;
  /** min / max length */
  ml?: number;
  xl?: number;
  re?: string;
  /** min / max items, item spec */
  mi?: number;
  xi?: number;
  it?: Spec;
  /** properties, required, additional properties, most properties, longest property name */
  p?: Record<string, Spec>;
  r?: string[];
  a?: boolean | Spec;
  xp?: number;
  pk?: number;
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
function describe({ x, v, t, lo, hi, gt, ml, xl }: Spec): string {
  if (x) return x;
  if (v) return v.map((value) => JSON.stringify(value)).join(', ').replace(/, ([^,]*)$/, ' or $1');
  const range = lo !== undefined && hi !== undefined ? ` from ${lo} to ${hi}` : lo !== undefined ? ` of at least ${lo}` : gt !== undefined ? ` above ${gt}` : '';
  if (t === 'i') return `a whole number${range}`;
  if (t === 'n') return `a number${range}`;
  if (t === 'b') return 'true or false';
  return `${ml ? 'non-empty ' : ''}text${xl ? ` of at most ${xl} characters` : ''}`;
}

function check(spec: Spec, value: unknown, path: string, expected: string, nameOf: (path: string) => string): unknown {
  const fail = (): never => {
    if (!path) throw new Invalid('options must be an object such as { endpoint: "https://…" }');
    throw new Invalid(`option "${nameOf(path)}" must be ${expected || describe(spec)} (got ${value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 80)})`);
  };
  const kind = value === null ? 'z' : Array.isArray(value) ? 'a' : ({ string: 's', boolean: 'b', object: 'o', function: 'f' } as Record<string, string>)[typeof value];
  const types = ([] as string[]).concat(spec.t ?? []);
  if (types.length && !types.some((t) => (t === 'i' ? Number.isInteger(value) : t === 'n' ? Number.isFinite(value) : t === kind))) fail();
  if (spec.v && kind != 'o' && !spec.v.includes(value)) fail();
  if (typeof value === 'number' && ((spec.lo ?? -Infinity) > value || (spec.hi ?? Infinity) < value || (spec.gt ?? -Infinity) >= value)) fail();
  if (typeof value === 'string' && (value.length < (spec.ml ?? 0) || value.length > (spec.xl ?? Infinity) || (spec.re && !new RegExp(spec.re, 'i').test(value)))) fail();
  if (Array.isArray(value)) {
    if (value.length < (spec.mi ?? 0) || value.length > (spec.xi ?? Infinity)) fail();
    return value.map((item, i) => check(spec.it ?? {}, item, `${path}.${i}`, '', nameOf));
  }
  if (kind !== 'o') return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (Object.keys(object).length > (spec.xp ?? Infinity)) fail();
  for (const key in object) {
    if (key.length > (spec.pk ?? Infinity)) fail();
    if (!spec.p?.[key] && spec.a === false) throw new Invalid(`unknown option "${nameOf(at(key))}"`);
    if (typeof spec.a === 'object') out[key] = check(spec.a, object[key], at(key), describe(spec), nameOf);
  }
  for (const [key, child] of Object.entries(spec.p ?? {})) {
    if (object[key] !== undefined) out[key] = check(child, object[key], at(key), '', nameOf);
    else if (spec.r?.includes(key)) check(child, undefined, at(key), '', nameOf);
    else if (child.d !== undefined) out[key] = child.d;
  }
  return out;
}
