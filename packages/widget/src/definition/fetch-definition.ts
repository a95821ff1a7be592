import type { SurveyDefinition } from '@candor/protocol';
import type { Platform } from '../platform/platform.js';
import { checkDefinition } from './check-definition.js';

/** A definition slower than this is given up for this page view: the last good one (or the page's options) is used. */
export const DEFINITION_TIMEOUT_MS = 3000;
/** How long a definition is used without asking again when its response says nothing (no `Cache-Control: max-age`). */
export const DEFAULT_MAX_AGE_S = 3600;

/** The last good definition on this device, with what revalidating it takes. */
export interface KeptDefinition {
  url: string;
  definition: SurveyDefinition;
  /** The response's ETag, sent back as If-None-Match. */
  etag?: string;
  /** Until when (ms) it is used without a request. */
  until: number;
}

export const keptDefinitionStore = (platform: Platform) => platform.stored<KeptDefinition | undefined>('candor:definition', undefined);

export interface DefinitionPlatform extends Platform {
  fetch?: typeof fetch;
}

/** What fetching gave: the definition to use (the new one, or the last good one), and the error to report once, if any. */
export interface Fetched {
  definition?: SurveyDefinition | undefined;
  error?: string;
}

const maxAge = (response: Response) => {
  const age = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(response.headers.get('Cache-Control') ?? '')?.[1];
  return (age === undefined ? DEFAULT_MAX_AGE_S : Number(age)) * 1000;
};

/**
 * The definition at `url`: the kept one while its max-age runs, or whenever `keptWillDo` (no
 * request); after that, asked
 * again with `If-None-Match` (a 304 keeps it for another max-age). Unreachable, slower than
 * {@link DEFINITION_TIMEOUT_MS}, refused or invalid: the last good one, with the error to report.
 * Never rejects.
 */
export async function fetchDefinition(url: string, platform: DefinitionPlatform, keptWillDo = false): Promise<Fetched> {
  const store = keptDefinitionStore(platform);
  const read = store.read();
  const kept = read?.url === url && checkDefinition(read.definition).ok ? read : undefined;
  if (kept && (keptWillDo || platform.now() < kept.until)) return { definition: kept.definition };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DEFINITION_TIMEOUT_MS);
  try {
    const response = await (platform.fetch ?? fetch)(url, {
      headers: kept?.etag ? { 'If-None-Match': kept.etag } : {},
      credentials: 'omit',
      signal: controller.signal,
    });
    const until = platform.now() + maxAge(response);
    if (response.status === 304 && kept) {
      store.write({ ...kept, until });
      return { definition: kept.definition };
    }
    if (!response.ok) return { definition: kept?.definition, error: `answered ${response.status}` };
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (controller.signal.aborted) throw error;
      return { definition: kept?.definition, error: 'is not JSON' };
    }
    const checked = checkDefinition(body);
    if (!checked.ok) return { definition: kept?.definition, error: `is not valid: ${checked.error}` };
    store.write({ url, definition: checked.definition, etag: response.headers.get('ETag') ?? undefined, until });
    return { definition: checked.definition };
  } catch (error) {
    return { definition: kept?.definition, error: controller.signal.aborted ? `took longer than ${DEFINITION_TIMEOUT_MS / 1000} s` : `could not be fetched (${String(error)})` };
  } finally {
    clearTimeout(timer);
  }
}
