import type { SurveyDefinition } from '@candor/protocol';
import { DEFINITION_SPEC } from './definition-spec.generated.js';

/** The part of JSON Schema that zod writes for the survey definition (definition-spec.generated.ts). */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  /** What the value must be, in words, where its constraints cannot say it well (a pattern, a format). */
  description?: string;
  enum?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  minProperties?: number;
  $defs?: Record<string, JsonSchema>;
}

export type DefinitionResult = { ok: true; definition: SurveyDefinition } | { ok: false; error: string };

class Invalid extends Error {}

/**
 * Checks a fetched survey definition against the protocol's JSON Schema (the same rules as
 * `SurveyDefinitionSchema`, without shipping zod to the browser), fills in its defaults, and names
 * the first wrong field by its path: `questions.0.prompt must be an object of texts by language tag`.
 */
export function checkDefinition(value: unknown, root: JsonSchema = DEFINITION_SPEC as JsonSchema): DefinitionResult {
  try {
    return { ok: true, definition: check(root, value, '', root) as SurveyDefinition };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

const KINDS: Record<string, string> = { string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object' };

/** What a value must be, in words, from its schema: "text of 1 to 2000 characters". */
function describe(schema: JsonSchema): string {
  if (schema.description) return schema.description;
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  const { type = 'object', minLength, maxLength, pattern, minimum, maximum, minItems, maxItems, minProperties } = schema;
  const between = (lo: number | undefined, hi: number | undefined, unit: string) =>
    lo !== undefined && hi !== undefined ? ` of ${lo} to ${hi}${unit}` : lo ? ` of at least ${lo}${unit}` : hi !== undefined ? ` of at most ${hi}${unit}` : '';
  if (type === 'string') return `text${between(minLength, maxLength, ' characters')}${pattern ? ` matching ${pattern}` : ''}`;
  if (type === 'integer' || type === 'number') return `${KINDS[type]}${minimum !== undefined && maximum !== undefined && maximum < 2 ** 53 - 1 ? ` from ${minimum} to ${maximum}` : minimum !== undefined ? ` of at least ${minimum}` : ''}`;
  if (type === 'array') return `a list${between(minItems, maxItems, ' items')}`;
  if (schema.propertyNames) return `an object of texts by language tag${minProperties ? ' (at least one)' : ''}`;
  return KINDS[type] ?? type;
}

function check(schema: JsonSchema, value: unknown, path: string, root: JsonSchema): unknown {
  if (schema.$ref) return check(root.$defs![schema.$ref.split('/').pop()!]!, value, path, root);
  const fail = (why = `must be ${describe(schema)}`): never => {
    throw new Invalid(`${path || 'the definition'} ${why} (got ${value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 60)})`);
  };
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  const { type } = schema;
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (type === 'integer' ? !Number.isInteger(value) : type === 'number' ? !Number.isFinite(value) : type && kind !== type) fail();
  if (schema.enum && !schema.enum.includes(value)) fail();
  if (typeof value === 'number' && (value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity))) fail();
  if (typeof value === 'string' && (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity) || (schema.pattern && !new RegExp(schema.pattern).test(value)))) fail();
  if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) fail();
    return value.map((item, i) => check(schema.items ?? {}, item, at(i), root));
  }
  if (kind !== 'object') return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (Object.keys(object).length < (schema.minProperties ?? 0)) fail();
  for (const key of Object.keys(object)) {
    const known = schema.properties?.[key];
    if (schema.propertyNames) check(schema.propertyNames, key, at(key), root);
    if (known) continue;
    if (typeof schema.additionalProperties !== 'object') throw new Invalid(`${at(key)} is not a field of ${path || 'a survey definition'} (only ${Object.keys(schema.properties ?? {}).join(', ')})`);
    out[key] = check(schema.additionalProperties, object[key], at(key), root);
  }
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (object[key] !== undefined) out[key] = check(child, object[key], at(key), root);
    else if (schema.required?.includes(key)) check(child, undefined, at(key), root);
    else if (child.default !== undefined) out[key] = child.default;
  }
  return out;
}
