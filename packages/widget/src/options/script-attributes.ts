/** `sampleRate` → `data-sample-rate`: how an option is spelled on the script tag (nested keys stay as written). */
export const attributeName = (option: string) => option.replace(/^[^.]+/, (top) => `data-${top.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
