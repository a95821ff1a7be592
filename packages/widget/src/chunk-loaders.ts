import type * as DeliveryChunk from './delivery-chunk.js';
import type * as UiChunk from './ui/show-widget.js';
import type * as DestinationsChunk from './destinations/by-name.js';
import type { LocalePack } from './locales/locale-pack.js';
import type { LocaleName } from './resolve-locale.js';

/**
 * How the runtime loads the parts it needs later. The loader hands it its own (load-chunks.ts):
 * in the script-tag build each chunk is a separate file, and only the loader knows where
 * candor.js came from, with which nonce.
 */
export interface ChunkLoaders {
  loadDelivery(): Promise<typeof DeliveryChunk>;
  loadUi(): Promise<typeof UiChunk>;
  loadDestinations(): Promise<typeof DestinationsChunk>;
  loadLocale(name: LocaleName): Promise<LocalePack>;
}
