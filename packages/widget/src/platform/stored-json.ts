import type { Platform } from './platform.js';

/**
 * A JSON value in localStorage under one key. Storage that is missing, blocked or full never
 * throws into the host page: reads give `fallback`, writes are skipped.
 */
export function storedJson<T>(platform: Platform, key: string, fallback: T) {
  return {
    read(): T {
      try {
        return JSON.parse(platform.prefs()?.getItem(key) ?? 'null') ?? fallback;
      } catch {
        return fallback;
      }
    },
    write(value: T | undefined) {
      try {
        if (value === undefined) platform.prefs()?.removeItem(key);
        else platform.prefs()?.setItem(key, JSON.stringify(value));
      } catch {
        /* blocked or full */
      }
    },
  };
}
