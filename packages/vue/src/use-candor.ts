import { hasInjectionContext, inject } from 'vue';
import type { CandorApi } from '@candor/widget';
import { candorKey } from './candor-key.js';
import { outsideCandor } from './outside-candor.js';

/**
 * Candor's API for app code (`open`, `close`, `flush`, `stats`, `on`), from the plugin or the
 * nearest `<Candor>`. Call it in `setup()`. Without either it does nothing (`open()` logs why).
 */
export function useCandor(): CandorApi {
  return (hasInjectionContext() ? inject(candorKey, null) : null) ?? outsideCandor;
}
