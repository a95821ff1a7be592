import type { ResolvedOptions } from '../options.js';

type Corner = ResolvedOptions['position'];

const swap = (corner: string, a: string, b: string) => corner.replace(new RegExp(`${a}|${b}`), (side) => (side === a ? b : a));

/**
 * Keeps the widget off whatever the host page focuses (WCAG 2.4.11, focus not obscured): when
 * the focused element would lie under the widget in its corner, the widget moves to the other
 * side, then the other edge, then the opposite corner, and goes home once focus is elsewhere.
 * Returns a function that stops watching.
 */
export function placeWidget(host: HTMLElement, home: Corner): () => void {
  const corners = [home, swap(home, 'left', 'right'), swap(home, 'top', 'bottom'), swap(swap(home, 'left', 'right'), 'top', 'bottom')];
  const onFocus = (event: FocusEvent) => {
    const target = event.target as Element;
    if (target === host || !target.getBoundingClientRect) return;
    const a = target.getBoundingClientRect();
    const covers = (corner: string) => {
      host.dataset.position = corner;
      const b = host.getBoundingClientRect();
      return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    };
    host.dataset.position = corners.find((corner) => !covers(corner)) ?? home;
  };
  host.dataset.position = home;
  document.addEventListener('focusin', onFocus);
  return () => document.removeEventListener('focusin', onFocus);
}
