// Prints what Candor costs a page in bytes (raw, gzip -9, brotli -q 11), as built, and fails when
// a budget is exceeded: `npm run size` (after `npm run build`; `npm test` runs it). Bytes are
// stable on any machine, so CI checks them; timings are only printed, by `npm run bench`.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../packages/widget/dist/', import.meta.url);
const size = (file) => {
  const bytes = readFileSync(new URL(file, dist));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const loader = size('candor.js');
const ui = size('candor-ui.js');
const delivery = size('candor-delivery.js');

// Budgets in brotli bytes (DESIGN.md section 6). The loader's design budget is 2,500 bytes; the
// script-tag loader does not meet it yet, so CI holds it to what it is (no growth) until it does.
const budgets = [
  ['loader (candor.js), every page view', loader.brotli, 3_500, 'design budget 2,500: not met yet'],
  ['loader + UI chunk, when shown', loader.brotli + ui.brotli, 12_000, 'design budget'],
  ['loader + UI + delivery chunk, when answers are sent', loader.brotli + ui.brotli + delivery.brotli, 16_500, 'no growth'],
];

const row = (name, s) => console.log(`${name.padEnd(24)} ${String(s.raw).padStart(8)} ${String(s.gzip).padStart(8)} ${String(s.brotli).padStart(8)}`);
console.log(`${'file'.padEnd(24)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}   (bytes)`);
row('candor.js', loader);
row('candor-ui.js', ui);
row('candor-delivery.js', delivery);
console.log('');
let over = 0;
for (const [name, bytes, budget, note] of budgets) {
  const ok = bytes <= budget;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(52)} ${String(bytes).padStart(6)} / ${budget} brotli bytes (${note})`);
}
if (over) {
  console.error(`\n${over} size budget(s) exceeded.`);
  process.exitCode = 1;
}
