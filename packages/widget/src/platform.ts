/**
 * Everything Candor takes from the environment, injectable so tests need no globals hacks.
 * Defaults are read lazily, on first use, so importing Candor in Node (SSR) touches nothing.
 */
export interface Platform {
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  uuid: () => string;
  /** IndexedDB factory, or undefined where there is none. */
  indexedDB: () => IDBFactory | undefined;
  /** Synchronous key-value store for small preferences (localStorage), or undefined. */
  prefs: () => Storage | undefined;
  window: () => Window | undefined;
  /** Web Locks, where the browser has them. */
  locks: () => LockManager | undefined;
  /** `navigator.sendBeacon`, or undefined where there is none. */
  sendBeacon: () => ((url: string, data: Blob) => boolean) | undefined;
  /** `navigator.onLine`: a hint only (true can still mean no route to the collector). */
  online: () => boolean | undefined;
}

export function browserPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    fetch: (...args) => globalThis.fetch(...args),
    now: () => Date.now(),
    random: () => Math.random(),
    uuid: () => randomUuid(),
    indexedDB: () => (typeof indexedDB === 'undefined' ? undefined : indexedDB),
    prefs: () => {
      try {
        return typeof localStorage === 'undefined' ? undefined : localStorage;
      } catch {
        return undefined; // access can throw (sandboxed iframes, blocked cookies)
      }
    },
    window: () => (typeof window === 'undefined' ? undefined : window),
    locks: () => (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined),
    sendBeacon: () =>
      typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' ? navigator.sendBeacon.bind(navigator) : undefined,
    online: () => (typeof navigator === 'undefined' ? undefined : navigator.onLine),
    ...overrides,
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
