// Prints what Candor costs a page in bytes (raw, gzip -9, brotli -q 11), as built.
// `npm run size` (after `npm run build`).
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../packages/widget/dist/', import.meta.url));

export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const files = [
  ['candor.js (script tag, everything)', join(dist, 'candor.js')],
  ...readdirSync(join(dist, 'esm'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => [`esm/${f} (npm, dependencies external)`, join(dist, 'esm', f)]),
];

const rows = files.map(([name, file]) => ({ name, ...measure(readFileSync(file)) }));
const kb = (n) => (n / 1024).toFixed(2).padStart(7);
console.log('file'.padEnd(52), '    raw', '   gzip', ' brotli', '(KiB)');
for (const r of rows) console.log(r.name.padEnd(52), kb(r.raw), kb(r.gzip), kb(r.brotli));
