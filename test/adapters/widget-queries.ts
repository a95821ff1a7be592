import { within } from '@testing-library/dom';

/** How many Candor widgets are on the page. */
export const widgetsOnPage = () => document.querySelectorAll('candor-widget').length;

/** Queries inside the widget's shadow root, by role and name, as a user finds things. */
export function widget() {
  const host = document.querySelector('candor-widget');
  if (!host?.shadowRoot) throw new Error('the widget is not on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
}

/** The device's page-view count, as Candor's invitation policy keeps it. */
export const pageViewsCounted = (): number => (JSON.parse(localStorage.getItem('candor:v1') ?? '{}') as { pageViews?: number }).pageViews ?? 0;
