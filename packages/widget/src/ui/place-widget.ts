import type { ResolvedOptions } from '../options/options.js';

/**
 * Keeps the widget off whatever the host page focuses (WCAG 2.4.11, focus not obscured): when
 * the element that gets focus would lie under the widget, the widget moves to the other edge
 * (bottom to top or back), and returns to its corner once focus is elsewhere. Robust at any
 * width, where moving sideways would not help on a phone. Returns a function that stops it.
 */
export function placeWidget(host: HTMLElement, home: ResolvedOptions['position']): () => void {
  const away = (home < 'c' ? 'top' : 'bottom') + home.slice(home.indexOf('-'));
  const onFocus = ({ target }: FocusEvent) => {
    host.dataset.position = home;
    const a = (target as Element).getBoundingClientRect();
    const b = host.getBoundingClientRect(); // the card and the offset around it
    if (target !== host && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) host.dataset.position = away;
  };
  onFocus({ target: host } as unknown as FocusEvent);
  document.addEventListener('focusin', onFocus);
  return () => document.removeEventListener('focusin', onFocus);
}
