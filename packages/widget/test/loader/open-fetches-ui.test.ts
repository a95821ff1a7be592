import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { ENDPOINT } from '../helpers/collector-double.js';

// The runtime's download is held open, so the test sees what open() asks for while it waits.
const held = vi.hoisted(() => ({ release: () => {}, ui: 0 }));
vi.mock('../../src/loader/load-chunks.js', async (original) => {
  const real = await original<typeof import('../../src/loader/load-chunks.js')>();
  return {
    ...real,
    loadRuntime: () => new Promise<Awaited<ReturnType<typeof real.loadRuntime>>>((resolve) => (held.release = () => void real.loadRuntime().then(resolve))),
    loadUi: () => (held.ui++, real.loadUi()),
  };
});

const { init } = await import('../../src/index.js');

describe('open()', () => {
  afterEach(() => document.querySelector('candor-widget')?.remove());

  it('fetches the UI at once, while the runtime is still on its way, so the user waits for one download instead of two in a row', async () => {
    const candor = init({ endpoint: ENDPOINT, trigger: 'manual' });
    candor.open();
    expect(held.ui).toBe(1);
    held.release();
    await waitFor(() => expect(document.querySelector('candor-widget')?.shadowRoot?.querySelector('[role=dialog]')).toBeTruthy());
    await candor.stats(); // the delivery chunk the runtime fetched is in, before the test file ends
    candor.destroy();
  });

  it('fetches nothing after destroy()', () => {
    const candor = init({ endpoint: ENDPOINT, trigger: 'manual' });
    candor.destroy();
    held.ui = 0;
    candor.open();
    expect(held.ui).toBe(0);
  });
});
