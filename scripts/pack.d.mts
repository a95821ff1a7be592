export const PACKAGES: [folder: string, built: string][];
export function integrityOf(bytes: Uint8Array): string;
export function snippetFor(integrity: string, where?: { src?: string; endpoint?: string; product?: string }): string;
export function writeScriptTagFolder(dist: string, out: string): { files: string[]; integrity: Record<string, string>; snippet: string };
export function packTarballs(out: string): string[];
