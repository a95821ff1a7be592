import { vi } from 'vitest';

/** Records the listeners added to window and document from now on, and tells which are still attached. */
export function trackPageListeners() {
  const attached = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (listener: object) => ids.get(listener) ?? (ids.set(listener, ++next), next);
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      if (!listener) return;
      attached.add(`${name} ${type} ${id(listener)}`);
      add(type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      if (!listener) return;
      attached.delete(`${name} ${type} ${id(listener)}`);
      remove(type, listener, options);
    });
  }
  return {
    /** "window online", "document visibilitychange"...: what is still listening. */
    stillAttached: () => [...attached].map((entry) => entry.split(' ').slice(0, 2).join(' ')),
  };
}
