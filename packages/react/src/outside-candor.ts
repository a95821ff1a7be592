import type { CandorApi } from '@candor/widget';

/** What `useCandor()` returns outside `<Candor>`: it does nothing, and `open()` says why. */
export const outsideCandor: CandorApi = {
  open: () => console.warn('[candor] useCandor().open() was called outside <Candor>, so nothing opens. Render your app inside <Candor endpoint="…">…</Candor>.'),
  close: () => {},
  flush: () => Promise.resolve({ delivered: [], pending: 0 }),
  stats: () => Promise.resolve({ pending: 0, deadLetter: 0, inFlight: 0 }),
  on: () => () => {},
};
