import { render } from 'preact';
import type { MountWidget } from '../ui-contract.js';
import { css } from './styles.js';
import { Widget } from './Widget.js';

/**
 * Renders the widget into its own element with an open shadow root, so the host page's CSS
 * cannot reach in and ours cannot leak out; screen readers and tests reach it by role and label.
 */
export const mountWidget: MountWidget = (controller) => {
  const host = document.createElement('candor-widget');
  host.setAttribute('data-theme', controller.theme);
  host.setAttribute('data-position', controller.position);
  host.setAttribute('lang', controller.locale);
  const root = host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  const returnFocusTo = document.activeElement as HTMLElement | null;
  document.body.append(host);

  const closeRef = { current: () => {} };
  const unmount = () => {
    const hadFocus = document.activeElement === host;
    render(null, root);
    host.remove();
    // Give focus back only if it was in the widget: a user who moved on keeps their place.
    if (hadFocus && returnFocusTo?.isConnected) returnFocusTo.focus();
  };
  render(<Widget controller={controller} closeRef={closeRef} onUnmount={unmount} />, root);

  return {
    close: () => closeRef.current(),
    focus: () => (root.querySelector('textarea, button') as HTMLElement | null)?.focus(),
  };
};
