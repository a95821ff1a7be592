/** Hands a script-tag chunk's exports to the loader that injected it (see load-chunks-script.ts). */
export function announceChunk(name: string, module: unknown) {
  document.dispatchEvent(new CustomEvent('candor:chunk', { detail: { name, module } }));
}
