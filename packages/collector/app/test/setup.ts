import { cleanup } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';

// Charts draw on a canvas, which the test DOM has not; their figures are tested through the tables beside them.
vi.mock('uplot', () => ({ default: class {
  static paths = {};
  destroy() {}
  setSize() {}
} }));

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-scheme');
  localStorage.clear();
  history.replaceState(null, '', '/');
});
