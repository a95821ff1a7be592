import type { CandorApi } from '@candor/widget';

/** What `useCandor()` returns without the plugin or `<Candor>`: it does nothing, and `open()` says why. */
export const outsideCandor: CandorApi = {
  open: () => console.warn('[candor] useCandor().open() was called outside <Candor> and without app.use(Candor, options), so nothing opens.'),
  close: () => {},
  flush: () => Promise.resolve({ delivered: [], pending: 0 }),
  stats: () => Promise.resolve({ pending: 0, deadLetter: 0, inFlight: 0 }),
  on: () => () => {},
};
