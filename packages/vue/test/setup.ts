import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/vue';
import { afterEach } from 'vitest';

afterEach(() => {
  if (typeof document === 'undefined') return; // Node tests (SSR)
  cleanup();
  document.body.innerHTML = '';
  localStorage.clear();
});
