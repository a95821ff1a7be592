import type { StoredJson } from './stored-json.js';

/**
 * What every page view takes from the environment, injectable so tests need no globals hacks.
 * Defaults are read lazily, on first use, so importing Candor in Node (SSR) touches nothing.
 * The delivery chunk adds what only it needs (delivery-platform.ts).
 */
export interface Platform {
  now: () => number;
  random: () => number;
  /** Synchronous key-value store for small preferences (localStorage), or undefined. */
  prefs: () => Storage | undefined;
  window: () => Window | undefined;
  /**
   * Runs `fn` while holding a lock shared by every tab of this site (the Web Locks API), so a
   * read-modify-write of the preferences is not lost to another tab doing the same. Without Web
   * Locks (an insecure origin, an old browser), or where they are denied (a sandboxed iframe), it
   * runs at once.
   */
  exclusive: <T>(fn: () => T) => Promise<T>;
  /**
   * A JSON value in localStorage under one key. Storage that is missing, blocked or full never
   * throws into the host page: reads give `fallback`, writes are skipped (undefined removes it).
   * Made here, once, so the chunks that are handed the platform carry no copy of their own.
   */
  stored: <T>(key: string, fallback: T) => StoredJson<T>;
}

export function browserPlatform<T extends object = object>(overrides: T & Partial<Platform> = {} as T): Platform & T {
  const platform: Platform & T = {
    now: () => Date.now(),
    random: () => Math.random(),
    prefs: () => {
      try {
        return typeof localStorage === 'undefined' ? undefined : localStorage;
      } catch {
        return undefined; // access can throw (sandboxed iframes, blocked cookies)
      }
    },
    window: () => (typeof window === 'undefined' ? undefined : window),
    // Called only once a window exists (init), so navigator is there. A denied request rejects
    // before `fn` runs (which never throws: storage errors are caught where they happen).
    exclusive: (fn) => (navigator.locks ? navigator.locks.request('candor', fn).catch(fn) : Promise.resolve(fn())),
    stored: (key, fallback) => ({
      read() {
        try {
          return JSON.parse(platform.prefs()?.getItem(key) ?? 'null') ?? fallback;
        } catch {
          return fallback;
        }
      },
      write(value) {
        try {
          if (value === undefined) platform.prefs()?.removeItem(key);
          else platform.prefs()?.setItem(key, JSON.stringify(value));
        } catch {
          /* blocked or full */
        }
      },
    }),
    ...overrides,
  };
  return platform;
}
