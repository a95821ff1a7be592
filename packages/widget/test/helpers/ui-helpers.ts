import { fireEvent, within } from '@testing-library/preact';

/** Queries scoped to the widget's shadow root, the way a user (or a screen reader) finds things. */
export function widget() {
  const host = document.querySelector('candor-widget');
  if (!host?.shadowRoot) throw new Error('the widget is not on the page');
  return within(host.shadowRoot as unknown as HTMLElement);
}

export const isShown = () => document.querySelector('candor-widget') !== null;

export function answer(text: string) {
  const field = widget().getByRole('textbox');
  fireEvent.input(field, { target: { value: text } });
}

export const click = (name: string | RegExp) => fireEvent.click(widget().getByRole('button', { name }));
