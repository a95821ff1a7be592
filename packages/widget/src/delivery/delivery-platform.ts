import type { Platform } from '../platform/platform.js';

/** What the delivery code takes from the environment besides what every page view does. */
export interface DeliveryPlatform extends Platform {
  fetch: typeof fetch;
  uuid: () => string;
  /** IndexedDB factory, or undefined where there is none. */
  indexedDB: () => IDBFactory | undefined;
  /** Web Locks, where the browser has them. */
  locks: () => LockManager | undefined;
  /** `navigator.sendBeacon`, or undefined where there is none. */
  sendBeacon: () => ((url: string, data: Blob) => boolean) | undefined;
  /** `navigator.onLine`: a hint only (true can still mean no route to the collector). */
  online: () => boolean | undefined;
}

/** Fills in the browser's own for whatever `platform` (tests, unusual hosts) did not replace. */
export function deliveryPlatform(platform: Platform & Partial<DeliveryPlatform>): DeliveryPlatform {
  return {
    fetch: (...args) => globalThis.fetch(...args),
    uuid: randomUuid,
    indexedDB: () => (typeof indexedDB === 'undefined' ? undefined : indexedDB),
    locks: () => (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined),
    sendBeacon: () =>
      typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' ? navigator.sendBeacon.bind(navigator) : undefined,
    online: () => (typeof navigator === 'undefined' ? undefined : navigator.onLine),
    ...platform,
  };
}

function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; getRandomValues does not.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
