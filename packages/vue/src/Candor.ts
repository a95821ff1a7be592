import { defineComponent, onBeforeUnmount, onMounted, provide, watch, type App } from 'vue';
import type { CandorOptions } from '@candor/widget';
import { candorKey } from './candor-key.js';
import { createCandorHandle, optionNames, optionsKey } from '@candor/widget';

/**
 * `<Candor endpoint="…">`: runs Candor while mounted, with its props as options; `useCandor()`
 * reaches it from the slot's components. Nothing starts on the server. Props are compared by
 * value: the same `metadata` in a new object changes nothing, a new `locale` starts Candor again.
 */
const CandorComponent = defineComponent(
  (props: CandorOptions, { slots }) => {
    const handle = createCandorHandle();
    const key = () => optionsKey(props);
    provide(candorKey, handle);
    let mounted = false;
    onMounted(() => {
      mounted = true;
      handle.start(JSON.parse(key()) as CandorOptions);
    });
    watch(key, (options) => mounted && handle.start(JSON.parse(options) as CandorOptions));
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
