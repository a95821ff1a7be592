'use client';
import { useContext } from 'react';
import type { CandorApi } from '@candor/widget';
import { CandorContext } from './candor-context.js';

/**
 * The nearest `<Candor>`'s API for app code: `open`, `close`, `flush`, `stats`, `on`. The object
 * stays the same across renders and option changes. Outside `<Candor>` it does nothing
 * (and `open()` logs a warning saying so).
 */
export const useCandor = (): CandorApi => useContext(CandorContext);
