// Turns zod's JSON Schema for the options into the compact spec validate-options.ts reads:
// the same constraints under one- and two-letter keys, so the loader stays small. Anything it
// does not know how to carry fails the build instead of being dropped.
const KEYS = {
  type: 't', expected: 'x', enum: 'v', default: 'd', minimum: 'lo', maximum: 'hi', exclusiveMinimum: 'gt',
  minLength: 'ml', maxLength: 'xl', pattern: 're', minItems: 'mi', maxItems: 'xi', items: 'it',
  properties: 'p', required: 'r', additionalProperties: 'a', maxProperties: 'xp',
};
const TYPES = { string: 's', number: 'n', integer: 'i', boolean: 'b', array: 'a', object: 'o', null: 'z' };
const IGNORED = new Set(['$schema']);
// Options zod cannot describe in JSON Schema carry a `kind`: functions, and headers (object or function).
const KINDS = { function: { t: 'f' }, headers: { t: ['o', 'f'], a: { t: 's' }, x: 'an object of header strings, or a function returning one' } };

export function optionsSpec(schema) {
  if (schema.kind) return KINDS[schema.kind];
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (IGNORED.has(key)) continue;
    // Keys of a record: only their length is checked ("pk"); that they are text goes without saying.
    if (key === 'propertyNames') {
      if (value.maxLength) out.pk = value.maxLength;
      continue;
    }
    if (key === 'maximum' && value >= Number.MAX_SAFE_INTEGER) continue;
    if (key === 'minimum' && value <= Number.MIN_SAFE_INTEGER) continue;
    const short = KEYS[key];
    if (!short && key !== 'anyOf') throw new Error(`options spec: the schema uses "${key}", which validate-options.ts does not check`);
    if (key === 'anyOf') Object.assign(out, union(value.map(optionsSpec)));
    else if (key === 'type') out[short] = Array.isArray(value) ? value.map((t) => TYPES[t]) : TYPES[value];
    else if (key === 'properties') out[short] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, optionsSpec(v)]));
    else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) out[short] = optionsSpec(value);
    else out[short] = value;
  }
  return out;
}

// A union of branches of different types (a name or an object of CSS values) becomes one spec
// listing every type; `v` (allowed values) only ever constrains the scalar branch. Branches that
// would share a constraint cannot be merged without changing its meaning, so they fail the build.
function union(branches) {
  const out = { t: [] };
  for (const { t, ...rest } of branches) {
    if (out.t.includes(t) || Array.isArray(t)) throw new Error('options spec: a union needs one branch per type');
    out.t.push(t);
    for (const [key, value] of Object.entries(rest)) {
      if (key in out) throw new Error(`options spec: union branches both use "${key}"`);
      out[key] = value;
    }
  }
  return out;
}
