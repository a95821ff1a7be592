import { describe, expect, it, vi } from 'vitest';
import { openTabs } from '../../src/scheduling/open-tabs.js';

/** Web Locks as two tabs of one site share them (exclusive locks; query() sees every tab's). */
function sharedLocks() {
  const held: { name: string }[] = [];
  const queue = new Map<string, (() => void)[]>();
  const manager = {
    async query() {
      return { held: [...held], pending: [] };
    },
    request(name: string, callback: () => Promise<void>) {
      return new Promise<void>((done) => {
        const grant = () => {
          const lock = { name };
          held.push(lock);
          void callback().then(() => {
            held.splice(held.indexOf(lock), 1);
            done();
            queue.get(name)?.shift()?.();
          });
        };
        if (held.some((l) => l.name === name)) queue.set(name, [...(queue.get(name) ?? []), grant]);
        else grant();
      });
    },
  } as unknown as LockManager;
  return manager;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('which tab has the widget up', () => {
  it('another tab sees it while it is up here, and no longer once it closes', async () => {
    const locks = sharedLocks();
    const here = openTabs(locks);
    const other = openTabs(locks);
    expect(await other.elsewhere()).toBe(false);
    here.hold();
    await tick();
    expect(await other.elsewhere()).toBe(true);
    here.release();
    await tick();
    expect(await other.elsewhere()).toBe(false);
  });

  it('lets go even when the widget closes before the lock was granted', async () => {
    const locks = sharedLocks();
    const first = openTabs(locks);
    const second = openTabs(locks);
    first.hold();
    second.hold(); // waits for the first tab's lock
    second.release(); // closed before its turn came
    first.release();
    await tick();
    await tick();
    expect(await openTabs(locks).elsewhere()).toBe(false);
  });

  it('where Web Locks are denied (a sandboxed iframe), decides alone and rejects nothing into the page', async () => {
    const denied = () => Promise.reject(new DOMException('denied', 'SecurityError'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const tab = openTabs({ query: denied, request: denied } as unknown as LockManager);
    expect(await tab.elsewhere()).toBe(false);
    tab.hold();
    await new Promise((r) => setTimeout(r, 10));
    tab.release();
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('without Web Locks, every tab decides alone', async () => {
    const tab = openTabs(undefined);
    tab.hold();
    expect(await tab.elsewhere()).toBe(false);
    tab.release();
  });
});
