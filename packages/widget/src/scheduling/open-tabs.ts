const NAME = 'candor:open';

/**
 * Which tab has the widget up: that tab holds a Web Lock until the widget closes (a tab that goes
 * away, reloads or crashes lets go of it too). A page view in another tab then does not bring the
 * same questions, or an invitation, up there as well. Without Web Locks, or where they are denied
 * (a sandboxed iframe), each tab decides alone.
 */
export function openTabs(locks: LockManager | undefined) {
  let letGo: (() => void) | undefined;
  return {
    /** Whether some tab has the widget up now. */
    elsewhere: () =>
      Promise.resolve(locks?.query()).then(
        (state) => !!state?.held?.some((lock) => lock.name === NAME),
        () => false, // denied (a sandboxed iframe): decide alone
      ),
    /** Taken when the widget shows here. */
    hold() {
      if (letGo || !locks) return;
      const closed = new Promise<void>((resolve) => (letGo = resolve));
      // Granted later or at once; let go of as soon as `closed` settles, even if that came first.
      locks.request(NAME, () => closed).catch(() => {});
    },
    release() {
      letGo?.();
      letGo = undefined;
    },
  };
}
