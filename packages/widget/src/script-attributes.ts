import { OPTIONS_SPEC } from './options-spec.generated.js';
import type { Spec } from './validate-options.js';

/** `sampleRate` → `data-sample-rate`: how an option is spelled on the script tag (nested keys stay as written). */
export const attributeName = (option: string) => option.replace(/^[^.]+/, (top) => `data-${top.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return raw; // validation then names the attribute
  }
};

/**
 * Options from the script tag's `data-*` attributes, as written. Numbers, booleans, JSON objects
 * and lists (JSON, or comma-separated: `data-pages="/chat/*, /help"`), by the options spec, are
 * converted when they read as such; anything else is passed on as written, so validation can
 * name it. Runs in the runtime chunk, with the spec.
 */
export function coerceAttributes(attributes: Record<string, string | undefined> = {}): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [key, raw = ''] of Object.entries(attributes)) {
    const type = (OPTIONS_SPEC.p as Record<string, Spec>)[key]?.t;
    options[key] =
      (type === 'n' || type === 'i') && /^-?\d+(\.\d+)?$/.test(raw.trim())
        ? Number(raw)
        : type === 'b' && ['', 'true', 'false'].includes(raw)
          ? raw !== 'false'
          : (type?.includes('o') && raw.trim().startsWith('{')) || (type === 'a' && raw.trim().startsWith('['))
            ? parseJson(raw)
            : type === 'a'
              ? raw.split(',').map((item) => item.trim())
              : raw;
  }
  return options;
}
