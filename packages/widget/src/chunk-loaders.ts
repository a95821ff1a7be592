/**
 * How the runtime loads the parts it needs later. The loader hands it its own (load-chunks.ts,
 * or load-chunks-script.ts in the script-tag build, which has the same signatures): each chunk
 * there is a separate file, and only the loader knows where candor.js came from, with which nonce.
 */
export type ChunkLoaders = Pick<typeof import('./load-chunks.js'), 'loadDelivery' | 'loadUi' | 'loadDestinations' | 'loadLocale'>;
