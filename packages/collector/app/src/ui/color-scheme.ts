import { useEffect, useState } from 'preact/hooks';

export type Scheme = 'light' | 'dark';
const KEY = 'candor-results-scheme';
const listeners = new Set<() => void>();

const systemScheme = (): Scheme => (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function chosen(): Scheme | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The scheme in force: the viewer's choice, else the system's. */
export const currentScheme = (): Scheme => chosen() ?? systemScheme();

/** Applies a stored choice to the page before the first paint of the app. */
export function applyStoredScheme(): void {
  const scheme = chosen();
  if (scheme) document.documentElement.dataset['scheme'] = scheme;
}

/** Chooses a scheme for this browser (kept across visits). */
export function chooseScheme(scheme: Scheme): void {
  document.documentElement.dataset['scheme'] = scheme;
  try {
    localStorage.setItem(KEY, scheme);
  } catch {
    // private mode: the choice lasts for this page only
  }
  for (const listener of listeners) listener();
}

/** The scheme in force, re-rendering when the viewer or the system changes it (charts redraw their colours). */
export function useScheme(): Scheme {
  const [scheme, setScheme] = useState(currentScheme);
  useEffect(() => {
    const update = () => setScheme(currentScheme());
    listeners.add(update);
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    media?.addEventListener?.('change', update);
    return () => {
      listeners.delete(update);
      media?.removeEventListener?.('change', update);
    };
  }, []);
  return scheme;
}
