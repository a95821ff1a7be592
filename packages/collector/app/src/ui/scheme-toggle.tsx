import { chooseScheme, useScheme } from './color-scheme.js';

/** A switch between light and dark; it starts from the system's preference. */
export function SchemeToggle() {
  const scheme = useScheme();
  const dark = scheme === 'dark';
  return (
    <button type="button" class="button" aria-pressed={dark} onClick={() => chooseScheme(dark ? 'light' : 'dark')}>
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark mode
    </button>
  );
}
