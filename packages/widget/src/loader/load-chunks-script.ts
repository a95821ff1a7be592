// How the script-tag build loads its lazy parts: a <script> from the same folder as candor.js,
// carrying the loader's nonce and crossorigin, so a strict Content-Security-Policy that allowed
// candor.js allows them too. Each chunk announces itself with a `candor:chunk` event: no globals.
import type * as RuntimeChunk from '../runtime/start-runtime.js';
import type * as DeliveryChunk from '../delivery/start-delivery.js';
import type * as UiChunk from '../ui/show-widget.js';
import type * as DestinationsChunk from '../delivery/destinations/by-name.js';
import type * as DefinitionChunk from '../definition/apply-definition.js';
import type { LocalePack } from '../locales/locale-pack.js';
import type { LocaleName } from '../locales/resolve-locale.js';

declare const __CANDOR_VERSION__: string;

let from: { base: string; nonce: string; crossOrigin: string | null | undefined };
const loading = new Map<string, Promise<unknown>>();

/** Remembers where candor.js came from; call it while candor.js runs. */
export function configureChunks(script: HTMLScriptElement | null) {
  // Without a script element, no crossorigin: undefined sets it as null does (a nullable IDL attribute).
  from = { base: script?.src || document.baseURI, nonce: script?.nonce ?? '', crossOrigin: script?.getAttribute('crossorigin') };
}

/** The part of the Trusted Types API used here (not in TypeScript's DOM types). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
type PolicyFactory = { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy };

let policy: ScriptUrlPolicy | undefined;
/**
 * A chunk's URL as a page enforcing Trusted Types (`require-trusted-types-for 'script'`) accepts
 * it: through a policy named "candor" (a CSP that lists policies must allow it: `trusted-types
 * candor`). Without Trusted Types, or where the policy may not be made, the plain URL.
 */
function trusted(url: string): string {
  try {
    policy ??= (window as { trustedTypes?: PolicyFactory }).trustedTypes!.createPolicy('candor', { createScriptURL: (u) => u });
    return policy.createScriptURL(url) as string;
  } catch {
    return url;
  }
}

function load<T>(name: string): Promise<T> {
  let promise = loading.get(name) as Promise<T> | undefined;
  if (promise) return promise;
  promise = new Promise<T>((resolve, reject) => {
    const onChunk = (event: Event) => {
      const detail = (event as CustomEvent<{ name: string; module: T }>).detail;
      if (detail?.name !== name) return;
      document.removeEventListener('candor:chunk', onChunk);
      resolve(detail.module);
    };
    document.addEventListener('candor:chunk', onChunk);
    const script = document.createElement('script');
    script.src = trusted(new URL(`candor-${name}.js?v=${__CANDOR_VERSION__}`, from.base).href);
    // Injected scripts run async already; a null crossOrigin leaves the attribute off.
    script.nonce = from.nonce;
    script.crossOrigin = from.crossOrigin as string | null;
    script.onerror = () => {
      document.removeEventListener('candor:chunk', onChunk);
      loading.delete(name);
      reject(new Error(`could not load ${script.src}`));
    };
    document.head.append(script);
  });
  loading.set(name, promise);
  return promise;
}

export const loadRuntime = () => load<typeof RuntimeChunk>('runtime');
export const loadDelivery = () => load<typeof DeliveryChunk>('delivery');
export const loadUi = () => load<typeof UiChunk>('ui');
export const loadDestinations = () => load<typeof DestinationsChunk>('destinations');
export const loadDefinition = () => load<typeof DefinitionChunk>('definition');
/** candor-locale-<name>.js: the widget's sentences and default questions in one language. */
export const loadLocale = (name: LocaleName) => load<LocalePack>(`locale-${name}`);
