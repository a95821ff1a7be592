// @candor/react: the Candor widget as a React component and hook. Importing it runs nothing (SSR-safe).
export { Candor, type CandorProps } from './Candor.js';
export { useCandor } from './use-candor.js';
export type * from '@candor/widget';
