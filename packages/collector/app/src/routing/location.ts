import { useEffect, useState } from 'preact/hooks';

/** Where the app is: the path and its query, which hold the whole view (filters included). */
export interface AppLocation {
  path: string;
  params: URLSearchParams;
  /** Path and query together, like "/answers?survey=checkout". */
  href: string;
}

const listeners = new Set<() => void>();

function read(): AppLocation {
  const { pathname, search } = window.location;
  return { path: pathname, params: new URLSearchParams(search), href: `${pathname}${search}` };
}

/** Goes to `href` (same origin) without reloading; `replace` keeps the history entry. Focus and scroll go to the top. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === read().href) return;
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

/** The current location; re-renders on navigation and on the browser's back and forward. */
export function useLocation(): AppLocation {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => {
      const now = read();
      setLocation((shown) => (shown.href === now.href ? shown : now));
    };
    listeners.add(update);
    window.addEventListener('popstate', update);
    // A navigation between the first render and now (a quick click) would otherwise go unseen.
    update();
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location;
}

/** `path` with these parameters (empty ones left out). */
export function hrefWith(path: string, params: Record<string, string | undefined> | URLSearchParams): string {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) if (value !== undefined && value !== '') query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Where sign-in may send the browser back to: a path of this app, nothing else. */
export function safeReturnPath(next: string | null): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith('/v1/') && !next.startsWith('/sign-in') ? next : '/';
}
