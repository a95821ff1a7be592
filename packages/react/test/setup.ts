import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// React reads this to allow act() in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  if (typeof document === 'undefined') return; // Node tests (SSR)
  cleanup();
  document.body.innerHTML = '';
  localStorage.clear();
});
