import { defineComponent, onBeforeUnmount, onMounted, provide, watch, watchEffect, type App } from 'vue';
import type { CandorOptions } from '@candor/widget';
import { candorKey } from './candor-key.js';
import { createCandorHandle, optionNames, optionsKey } from '@candor/widget';

/**
 * `<Candor endpoint="…">`: runs Candor while mounted, with its props as options; `useCandor()`
 * reaches it from the slot's components. Nothing starts on the server. Props are compared by
 * value: the same `metadata` in a new object changes nothing, a new `locale` starts Candor again.
 * Function props (`beforeSend`, `transport`, a `headers` function) are passed as they are: a new
 * function restarts nothing, and Candor calls the latest one.
 */
const CandorComponent = defineComponent(
  (props: CandorOptions, { slots }) => {
    const handle = createCandorHandle();
    provide(candorKey, handle);
    let mounted = false;
    // Props not given are undefined here; Candor treats them as not given.
    watchEffect(() => handle.update({ ...props }));
    onMounted(() => {
      mounted = true;
      handle.start(handle.latest());
    });
    watch(
      () => optionsKey(props),
      () => mounted && handle.start(handle.latest()),
    );
    onBeforeUnmount(() => handle.stop());
    return () => slots.default?.();
  },
  { name: 'Candor', props: optionNames },
);

/** `app.use(Candor, options)`: Candor for the whole app, started when the app mounts in the browser. */
function install(app: App, options: CandorOptions) {
  const handle = createCandorHandle();
  app.provide(candorKey, handle);
  const { mount, unmount } = app;
  app.mount = ((...args: Parameters<App['mount']>) => {
    const root = mount(...args);
    handle.start(options);
    return root;
  }) as App['mount'];
  app.unmount = () => {
    handle.stop();
    unmount();
  };
}

/** The `<Candor>` component, which is also the plugin: `app.use(Candor, options)`. */
export const Candor = Object.assign(CandorComponent, { install });
