import type { InjectionKey } from 'vue';
import type { CandorApi } from '@candor/widget';

/** Where the plugin and `<Candor>` provide their handle for `useCandor()`. */
export const candorKey: InjectionKey<CandorApi> = Symbol('candor');
