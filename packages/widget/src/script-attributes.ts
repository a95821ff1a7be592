const NUMBERS = new Set([
  'sampleRate', 'minPageViews', 'delayMs', 'requestTimeoutMs', 'batchSize',
  'maxAttempts', 'maxAgeDays', 'maxSubmissionBytes', 'maxQueueCount', 'maxQueueBytes',
]);
const BOOLEANS = new Set(['debug']);

/** `sampleRate` → `data-sample-rate`: how an option is spelled on the script tag. */
export const attributeName = (option: string) => `data-${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * Reads options from the script tag's `data-*` attributes. Numbers and booleans are converted
 * when they read as such; anything else is passed on as written, so validation can name it.
 */
export function readScriptAttributes(script: HTMLOrSVGScriptElement | null): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (!script) return options;
  for (const [key, raw = ''] of Object.entries(script.dataset)) {
    if (NUMBERS.has(key) && /^-?\d+(\.\d+)?$/.test(raw.trim())) options[key] = Number(raw);
    else if (BOOLEANS.has(key) && ['', 'true', 'false'].includes(raw)) options[key] = raw !== 'false';
    else options[key] = raw;
  }
  return options;
}
