// @candor/vue: the Candor widget as a Vue plugin, component and composable. Importing it runs nothing (SSR-safe).
export { Candor } from './Candor.js';
export { useCandor } from './use-candor.js';
export type * from '@candor/widget';
