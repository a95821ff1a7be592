import { inertInstance, type CandorApi } from '@candor/widget';

/** What `useCandor()` returns without the plugin or `<Candor>`: it does nothing, and `open()` says why. */
export const outsideCandor: CandorApi = {
  ...inertInstance(),
  open: () => console.warn('[candor] useCandor().open() was called outside <Candor> and without app.use(Candor, options), so nothing opens.'),
};
