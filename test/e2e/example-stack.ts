// @ts-expect-error: a plain ES module without types, shared with `npm run example:*`.
import { startExampleServer } from '../../scripts/example-server.mjs';
import { stackTest } from './stack.js';

/**
 * A test whose `stack` is the collector (embedded store, in memory) and one framework example
 * on Vite's dev server, as `npm run example:<name>` runs it, started once per worker.
 */
export function exampleTest(example: 'react' | 'vue') {
  return stackTest((page) => startExampleServer({ example, ...page }));
}
