'use client';
import { createElement, useEffect, useState, type ReactNode } from 'react';
import type { CandorOptions } from '@candor/widget';
import { CandorContext } from './candor-context.js';
import { createCandorHandle, optionsKey } from '@candor/widget';

export type CandorProps = CandorOptions & { children?: ReactNode };

/**
 * Runs Candor while mounted, with its props as options; `useCandor()` reaches it from the children.
 * Nothing starts on the server: the widget starts in the browser after mount, and stops on unmount.
 * Props are compared by value, so a new `metadata` object with the same content changes nothing,
 * while a new `locale` or `metadata` value starts Candor again with it. Function props
 * (`beforeSend`, `transport`, a `headers` function) are passed as they are: a new function on
 * every render restarts nothing, and Candor calls the latest one.
 */
export function Candor({ children, ...options }: CandorProps) {
  const [handle] = useState(createCandorHandle);
  const key = optionsKey(options);
  // Runs before the start below on every render: the running widget's function options call these.
  useEffect(() => handle.update(options));
  useEffect(() => {
    // Started on the next task: StrictMode's mount, unmount, mount then starts one widget, not two.
    const timer = setTimeout(() => handle.start(handle.latest()), 0);
    return () => {
      clearTimeout(timer);
      handle.stop();
    };
  }, [handle, key]);
  return createElement(CandorContext.Provider, { value: handle }, children);
}
