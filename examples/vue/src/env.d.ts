/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where Candor posts answers; `npm run example:vue` sets it to the local collector. */
  readonly VITE_CANDOR_ENDPOINT?: string;
  /** The collector's page listing what arrived. */
  readonly VITE_CANDOR_RESULTS?: string;
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
