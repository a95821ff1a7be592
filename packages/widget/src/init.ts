import { createCandor, inertInstance, type CandorInstance } from './candor.js';
import type { CandorOptions } from './options.js';
import { validateOptions } from './validate-options.js';
import type { DeliveryPlatform } from './delivery-platform.js';
import { browserPlatform } from './platform.js';

export interface InitHooks {
  /** Replace parts of the environment (tests, unusual hosts). */
  platform?: Partial<DeliveryPlatform>;
  /** How option names appear in error messages (the script tag names its data-* attributes). */
  nameOf?: (option: string) => string;
}

/**
 * Starts Candor. Never throws: with a bad option it logs one error naming the option and
 * returns an instance that shows nothing and sends nothing. In Node (SSR) it does nothing.
 */
export function init(options: CandorOptions, hooks: InitHooks = {}): CandorInstance {
  const parsed = validateOptions(options, hooks.nameOf);
  if (!parsed.ok) {
    console.error(`[candor] ${parsed.error}. Candor will not show or send anything.`);
    return inertInstance();
  }
  const platform = browserPlatform(hooks.platform);
  if (!platform.window()) return inertInstance();
  try {
    return createCandor(parsed.options, platform);
  } catch (error) {
    console.error('[candor] could not start:', error);
    return inertInstance();
  }
}
