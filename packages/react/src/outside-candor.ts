import { inertInstance, type CandorApi } from '@candor/widget';

/** What `useCandor()` returns outside `<Candor>`: it does nothing, and `open()` says why. */
export const outsideCandor: CandorApi = {
  ...inertInstance(),
  open: () => console.warn('[candor] useCandor().open() was called outside <Candor>, so nothing opens. Render your app inside <Candor endpoint="…">…</Candor>.'),
};
