import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

/** One file of the built results app, ready to send. */
export interface AppFile {
  body: Buffer;
  /** The same, brotli-compressed, when that is smaller. */
  brotli: Buffer | undefined;
  type: string;
  etag: string;
}

export interface AppFiles {
  /** The page every view of the app loads, or undefined when the app was not built. */
  index: AppFile | undefined;
  /** The editor's live preview page (the widget, framed by the app), when it was built. */
  preview: AppFile | undefined;
  /** Hashed files under assets/, by name. */
  assets: Map<string, AppFile>;
  /** Where they were read from. */
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Where the built app is: beside the compiled collector (dist/app, in the published package),
 * or, when the collector runs from its sources (tests, development), the package's dist/app.
 */
export function defaultAppDir(): string {
  const beside = fileURLToPath(new URL('../app/', import.meta.url));
  return existsSync(join(beside, 'index.html')) ? beside : fileURLToPath(new URL('../../dist/app/', import.meta.url));
}

/** The file ready to send; undefined when it cannot be read (a build replacing the folder meanwhile). */
function appFile(path: string): AppFile | undefined {
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch {
    return undefined;
  }
  const extension = path.slice(path.lastIndexOf('.'));
  const type = TYPES[extension] ?? 'application/octet-stream';
  const compressible = type.startsWith('text/') || type === 'image/svg+xml';
  const compressed = compressible ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : undefined;
  return {
    body,
    brotli: compressed && compressed.length < body.length ? compressed : undefined,
    type,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

/**
 * Reads the built app into memory once (about 130 KB; 45 KB compressed), at start-up. A folder
 * that is missing, or being rebuilt meanwhile, gives what could be read: never an error.
 */
export function loadAppFiles(dir: string = defaultAppDir()): AppFiles {
  const assets = new Map<string, AppFile>();
  const index = appFile(join(dir, 'index.html'));
  if (!index) return { index: undefined, preview: undefined, assets, dir };
  const assetDir = join(dir, 'assets');
  let names: string[] = [];
  try {
    names = readdirSync(assetDir);
  } catch {
    // no assets folder: the page alone
  }
  for (const name of names) {
    const file = /^[\w.-]+$/.test(name) ? appFile(join(assetDir, name)) : undefined;
    if (file) assets.set(name, file);
  }
  return { index, preview: appFile(join(dir, 'preview.html')), assets, dir };
}
