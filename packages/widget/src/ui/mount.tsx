/** @jsxRuntime classic */
/** @jsx h */
// Classic h() calls: the UI chunk is smaller than with the automatic runtime's jsx() (65 brotli bytes).
import { h, render } from 'preact';
import type { MountWidget } from '../types.js';
import css from './styles.css?inline';
import { placeWidget } from './place-widget.js';
import { Widget } from './Widget.js';

/**
 * Renders the widget into its own element with an open shadow root, so the host page's CSS
 * cannot reach in and ours cannot leak out; screen readers and tests reach it by role and label.
 */
export const mountWidget: MountWidget = (controller) => {
  const host = document.createElement('candor-widget');
  const { theme } = controller;
  // A theme object's custom properties, set through the CSSOM (which a strict CSP allows; `scheme`
  // is no CSS property, so the browser ignores it there).
  if (typeof theme === 'object') for (const key in theme) host.style.setProperty(key, theme[key]!);
  host.dataset.theme = (theme as { scheme?: string }).scheme ?? (theme as string);
  // The widget's own language; the questions carry theirs where it differs (QuestionStep.tsx).
  host.lang = controller.lang;
  host.dir = controller.rtl ? 'rtl' : 'ltr';
  const root = host.attachShadow({ mode: 'open' });
  const returnFocusTo = document.activeElement as HTMLElement | null;
  // Right to left, the corners mirror too: "bottom-right" means the end of the line, on the left.
  const position = controller.rtl ? (controller.position.replace(/left|right/, (side) => (side < 'r' ? 'right' : 'left')) as typeof controller.position) : controller.position;
  const unplace = placeWidget(host, position);
  document.body.append(host);

  const closeRef = { current: () => {} };
  const unmount = () => {
    const hadFocus = document.activeElement === host;
    unplace();
    render(null, root);
    host.remove();
    // Give focus back only if it was in the widget: a user who moved on keeps their place.
    if (hadFocus && returnFocusTo?.isConnected) returnFocusTo.focus();
  };
  render(<Widget controller={controller} closeRef={closeRef} onUnmount={unmount} />, root);
  // Constructable stylesheets need no 'unsafe-inline' under a CSP; where they are missing (Safari
  // before 16.4), a <style> carrying the page's nonce: the one the page gave its scripts. (Added
  // after rendering: Preact would remove a child it did not render.)
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
    style.textContent = css;
    root.prepend(style);
  }

  return {
    close: () => closeRef.current(),
    focus: () => (root.querySelector('textarea, button') as HTMLElement | null)?.focus(),
  };
};
