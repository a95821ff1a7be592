import { describe, expect, it, vi } from 'vitest';
import { deliveryPlatform } from '../../src/delivery/delivery-platform.js';
import { createFlushLock } from '../../src/delivery/flush-lock.js';
import { browserPlatform } from '../../src/platform/platform.js';

const withLocks = (locks: Partial<LockManager>) => createFlushLock(deliveryPlatform(browserPlatform({ locks: () => locks as LockManager })));

describe('the flush lock', () => {
  it('flushes once, at once, where Web Locks are denied (a sandboxed iframe)', async () => {
    const lock = withLocks({ request: () => Promise.reject(new DOMException('denied', 'SecurityError')) });
    const flush = vi.fn(async () => 'flushed');
    await expect(lock.run(flush)).resolves.toBe('flushed');
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('does not run a flush twice when it fails inside the lock', async () => {
    const lock = withLocks({ request: ((_name: string, fn: () => Promise<unknown>) => fn()) as LockManager['request'] });
    const flush = vi.fn(async () => {
      throw new Error('network down');
    });
    await expect(lock.run(flush)).rejects.toThrow('network down');
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
