import type { ResolvedOptions } from '../options/options.js';

/**
 * Where the funnel's counts go: the collector's `events` route beside `endpoint`, only when
 * answers go to a plain Candor collector (an endpoint ending in `/answers`, no `transport`, no
 * named `destination`, no `headers`: a beacon cannot carry them). Otherwise, or with
 * `countEvents: false`, nothing is counted.
 */
export function eventsUrl(o: ResolvedOptions, base: string): string | undefined {
  try {
    const endpoint = new URL(o.endpoint, base);
    if (o.countEvents && !o.transport && !o.headers && o.destination === 'collector' && /\/answers$/.test(endpoint.pathname)) return new URL('events', endpoint).href;
  } catch {
    /* an endpoint that is no URL: its answers fail by name elsewhere; nothing to count */
  }
}
