// Trims zod's JSON Schema for the options to what validate-options.ts reads, so it costs few bytes.
const KEEP = new Set(['type', 'expected', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'items', 'properties', 'required', 'additionalProperties']);

export function optionsSpec(schema) {
  if (Array.isArray(schema)) return schema.map(optionsSpec);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEEP.has(key)) continue;
    if (key === 'maximum' && value >= Number.MAX_SAFE_INTEGER) continue;
    if (key === 'minimum' && value <= Number.MIN_SAFE_INTEGER) continue;
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, optionsSpec(v)]));
    else if (key === 'pattern') out[key] = value.replace(/^\(\?i\)/, '');
    else out[key] = typeof value === 'object' ? optionsSpec(value) : value;
  }
  return out;
}
