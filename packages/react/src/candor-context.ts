import { createContext } from 'react';
import type { CandorApi } from '@candor/widget';
import { outsideCandor } from './outside-candor.js';

/** Carries the nearest `<Candor>`'s handle to `useCandor()`. */
export const CandorContext = createContext<CandorApi>(outsideCandor);
