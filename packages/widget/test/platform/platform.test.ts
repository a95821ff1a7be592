import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserPlatform } from '../../src/platform/platform.js';

const denied = () => Promise.reject(new DOMException('Access to the Locks API is denied in this context.', 'SecurityError'));

describe('the tabs’ lock (platform.exclusive)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the work while holding the lock the tabs share', async () => {
    const request = vi.fn((_name: string, fn: () => unknown) => Promise.resolve(fn()));
    vi.stubGlobal('navigator', { locks: { request } });
    await expect(browserPlatform().exclusive(() => 42)).resolves.toBe(42);
    expect(request).toHaveBeenCalledWith('candor', expect.any(Function));
  });

  it('where Web Locks are denied (a sandboxed iframe), runs the work at once and rejects nothing into the page', async () => {
    vi.stubGlobal('navigator', { locks: { request: denied } });
    await expect(browserPlatform().exclusive(() => 42)).resolves.toBe(42);
  });

  it('without Web Locks, runs the work at once', async () => {
    vi.stubGlobal('navigator', {});
    await expect(browserPlatform().exclusive(() => 42)).resolves.toBe(42);
  });
});
