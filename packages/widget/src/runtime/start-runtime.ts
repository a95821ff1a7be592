// The runtime chunk (candor-runtime.js; import() for npm users): what Candor needs once it has
// something to do on a page. The loader (loader/init.ts) decides when that is, so a page view
// where nothing happens never pays for the options check, the controller or the event wiring.
import { OPTIONS_SPEC } from '../options/options-spec.generated.js';
import { readAttribute, readOptions } from '../options/read-options.js';
import { keptSurveys } from '../options/kept-survey.js';
import { attributeName } from '../options/script-attributes.js';
import type { Spec } from '../options/validate-options.js';
import { validateOptions } from '../options/validate-options.js';
import type { Platform } from '../platform/platform.js';
import type { CandorRuntime, LoaderParts } from '../types.js';
import { createRuntime } from './create-runtime.js';

export interface RuntimeStart {
  /** The options given to init(). */
  options: Record<string, unknown>;
  /** What the last good survey definition set (options/kept-survey.ts), over both. */
  kept?: object | undefined;
  /** The script tag's data-* attributes, as written (the script-tag build); init()'s options win. */
  attributes?: Record<string, string | undefined>;
  /** How option names appear in error messages; by default as written: a script tag's data-* attribute, unless init() gave the option. */
  nameOf?: ((option: string) => string) | undefined;
  platform: Platform;
  parts: LoaderParts;
}

/**
 * Checks the options and starts the runtime. A bad option gets one console error naming it, and
 * no runtime: Candor then shows and sends nothing on this page. A kept survey definition that does
 * not read as options (written by another version of Candor, or altered) is left out, and dropped:
 * never worse than without one.
 */
export function startRuntime({ options, kept, attributes, platform, parts, ...start }: RuntimeStart): CandorRuntime | undefined {
  const nameOf = start.nameOf ?? ((option: string) => (attributes && !(option.split('.')[0]! in options) ? attributeName(option) : option));
  const check = (given: Record<string, unknown>) => validateOptions(readOptions(attributes, given, (raw, name) => readAttribute(raw, (OPTIONS_SPEC.p as Record<string, Spec>)[name]?.t)), nameOf);
  let parsed = check({ ...options, ...kept });
  // Dropped, so the next page views decide by the page's options until a definition is fetched again.
  if (!parsed.ok && kept) parsed = (keptSurveys(platform).write(), check(options));
  if (!parsed.ok) {
    console.error(`[candor] ${parsed.error}. Candor will not show or send anything.`);
    return undefined;
  }
  try {
    return createRuntime(parsed.options, platform, parts);
  } catch (error) {
    console.error('[candor] could not start:', error);
    return undefined;
  }
}
