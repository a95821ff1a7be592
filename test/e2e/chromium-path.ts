// The browser tests use the same Chromium and flags as the bench.
export { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
