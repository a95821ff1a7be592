// The runtime chunk (candor-runtime.js; import() for npm users): what Candor needs once it has
// something to do on a page. The loader (init.ts) decides when that is, so a page view where
// nothing happens never pays for the options check, the controller or the event wiring.
import { createCandor, type CandorRuntime, type LoaderParts } from './candor.js';
import type { Platform } from './platform.js';
import { attributeName, coerceAttributes } from './script-attributes.js';
import { validateOptions } from './validate-options.js';

export interface RuntimeStart {
  /** The options given to init(). */
  options: Record<string, unknown>;
  /** The script tag's data-* attributes, as written (the script-tag build); init()'s options win. */
  attributes?: Record<string, string | undefined>;
  /** How option names appear in error messages; by default as written: a script tag's data-* attribute, unless init() gave the option. */
  nameOf?: ((option: string) => string) | undefined;
  platform: Platform;
  parts: LoaderParts;
}

/**
 * Checks the options and starts the runtime. A bad option gets one console error naming it, and
 * no runtime: Candor then shows and sends nothing on this page.
 */
export function startRuntime({ options, attributes, platform, parts, ...start }: RuntimeStart): CandorRuntime | undefined {
  const nameOf = start.nameOf ?? ((option: string) => (attributes && !(option.split('.')[0]! in options) ? attributeName(option) : option));
  const parsed = validateOptions({ ...coerceAttributes(attributes), ...options }, nameOf);
  if (!parsed.ok) {
    console.error(`[candor] ${parsed.error}. Candor will not show or send anything.`);
    return undefined;
  }
  try {
    return createCandor(parsed.options, platform, parts);
  } catch (error) {
    console.error('[candor] could not start:', error);
    return undefined;
  }
}
