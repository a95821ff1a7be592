/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where Candor posts answers; `npm run example:react` sets it to the local collector. */
  readonly VITE_CANDOR_ENDPOINT?: string;
  /** The collector's page listing what arrived. */
  readonly VITE_CANDOR_RESULTS?: string;
}
