/** Wrong tokens a client may send before it must wait between tries. */
export const FREE_TRIES = 3;
/** The longest wait between tries (seconds). */
const MAX_WAIT_SECONDS = 15 * 60;
/** Clients remembered at most: past it the longest-quiet ones are forgotten. */
const MAX_CLIENTS = 10_000;

/**
 * Slows down guessing of the admin token, one client (IP address) at a time: after
 * {@link FREE_TRIES} wrong tokens, each further try must wait twice as long as the last (1 s,
 * 2 s, 4 s... up to 15 minutes), and a try made sooner is refused without being checked. A right
 * token clears the client's count. Other clients are never slowed: no lockout of anyone else.
 */
export interface SignInThrottle {
  /** Seconds this client must still wait before its next try is checked; 0 when it may try now. */
  waitSeconds(client: string): number;
  failed(client: string): void;
  succeeded(client: string): void;
}

export function createSignInThrottle(now: () => number = Date.now): SignInThrottle {
  const clients = new Map<string, { failures: number; nextTryAt: number }>();
  return {
    waitSeconds(client) {
      const entry = clients.get(client);
      if (!entry) return 0;
      return Math.max(0, Math.ceil((entry.nextTryAt - now()) / 1000));
    },
    failed(client) {
      const entry = clients.get(client) ?? { failures: 0, nextTryAt: 0 };
      entry.failures += 1;
      const over = entry.failures - FREE_TRIES;
      entry.nextTryAt = over > 0 ? now() + Math.min(2 ** (over - 1), MAX_WAIT_SECONDS) * 1000 : 0;
      // Re-inserted last: the first entry is the one quiet longest.
      clients.delete(client);
      clients.set(client, entry);
      if (clients.size > MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    },
    succeeded(client) {
      clients.delete(client);
    },
  };
}
