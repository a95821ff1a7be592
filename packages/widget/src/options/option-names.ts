import type { CandorOptions } from './options.js';
import { OPTIONS_SPEC } from './options-spec.generated.js';

/** The name of every option, as the schema has them (framework adapters turn them into props). */
export const optionNames = Object.keys(OPTIONS_SPEC.p) as (keyof CandorOptions)[];
