import type { PolicyOptions } from '../scheduling/show-policy.js';

/** The options the loader reads, with their defaults (the same as OptionsSchema's: a test checks). */
export const LOADER_DEFAULTS = { surveyId: 'candor-default', surveyVersion: '1', sampleRate: 1, frequencyDays: 90, minPageViews: 3, eventCount: 1, trigger: 'auto' };

/**
 * How the loader reads an attribute, for readOptions(): its number options as JSON ("0.5"), as
 * readAttribute reads a number (a test checks); anything else as written (the runtime reads those).
 */
export function loaderRead(raw: string, name: string): unknown {
  try {
    if (typeof LOADER_DEFAULTS[name as keyof typeof LOADER_DEFAULTS] == 'number') return JSON.parse(raw);
  } catch {
    /* not a number: stays text, which misread() notices and the runtime names */
  }
  return raw;
}

export type LoaderOptions = typeof LOADER_DEFAULTS & PolicyOptions;

/** The options the loader acts on, before any check: its defaults under what readOptions() read. */
export const loaderOptions = (raw: Record<string, unknown>) => ({ ...LOADER_DEFAULTS, ...raw }) as LoaderOptions;

/** Whether an option the loader acts on is not of its type (a number that is none): the runtime, started then, names it. */
export const misread = (o: LoaderOptions) =>
  Object.keys(LOADER_DEFAULTS).some((key) => {
    const value = o[key as keyof LoaderOptions];
    return typeof value != typeof LOADER_DEFAULTS[key as keyof typeof LOADER_DEFAULTS] || value !== value;
  });
