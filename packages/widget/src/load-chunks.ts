// How the npm build loads its lazy parts: dynamic import(), which the app's bundler splits out.
// The script-tag build swaps this file for load-chunks-script.ts.
export const loadDelivery = () => import('./delivery-chunk.js');
export const loadUi = () => import('./ui/show-widget.js');
export const loadDestinations = () => import('./destinations/by-name.js');
