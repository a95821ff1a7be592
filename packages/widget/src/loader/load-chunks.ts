// How the npm build loads its lazy parts: dynamic import(), which the app's bundler splits out.
// The script-tag build swaps this file for load-chunks-script.ts.
import type { LocaleName } from '../locales/resolve-locale.js';
import type { LocalePack } from '../locales/locale-pack.js';

export const loadRuntime = () => import('../runtime/start-runtime.js');
export const loadDelivery = () => import('../delivery/start-delivery.js');
export const loadUi = () => import('../ui/show-widget.js');
export const loadDestinations = () => import('../delivery/destinations/by-name.js');
export const loadDefinition = () => import('../definition/apply-definition.js');

const locales: Record<LocaleName, () => Promise<{ default: LocalePack }>> = {
  en: () => import('../locales/en.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
  de: () => import('../locales/de.js'),
  pt: () => import('../locales/pt.js'),
  ja: () => import('../locales/ja.js'),
  ar: () => import('../locales/ar.js'),
  he: () => import('../locales/he.js'),
};
/** The widget's sentences and default questions in one language. */
export const loadLocale = (name: LocaleName) => locales[name]().then((m) => m.default);
