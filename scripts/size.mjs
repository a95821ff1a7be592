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
const runtime = size('candor-runtime.js');
const ui = size('candor-ui.js');
const delivery = size('candor-delivery.js');
// Only with surveyUrl, when Candor is about to show: fetching, keeping and checking a survey definition.
const definition = size('candor-definition.js');
// One language chunk loads with the UI: count the largest.
const locales = ['en', 'es', 'fr', 'de', 'pt', 'ja', 'ar', 'he'].map((name) => [`candor-locale-${name}.js`, size(`candor-locale-${name}.js`)]);
const [largestLocaleFile, largestLocale] = locales.reduce((a, b) => (b[1].brotli > a[1].brotli ? b : a));
// Showing the widget takes the runtime (options check, controller) as well as the UI.
const shown = loader.brotli + runtime.brotli + ui.brotli + largestLocale.brotli;

// Budgets in brotli bytes (DESIGN.md section 6): loader 2,500, loader + UI 12,000. The loader's
// is met and held. The second is not: when shown, the widget also takes the runtime chunk and a
// language chunk. Until it is met, CI holds that figure to what it is (no growth) and this table
// says how far off the design budget it is. The runtime left the loader in one move (issue #8):
// every page view went from 4,719 to 2,442 bytes; showing the widget from 16,210 to 17,284 (two
// files compress less well than one, and the loader and runtime each need a little glue). Raised
// since, each time on purpose and for the user (the commit that raised it says by how much and
// why): the loader's compile hint, open() fetching the UI alongside the runtime, the language
// fetched with the UI when an invitation is due, the skip-all message, the user's choices under
// the tabs' lock, the open-widget lock, the sandboxed-iframe fixes, the protocol's limits in the
// options check, and Trusted Types.
// Issue #16, +596 bytes on both: counting the funnel's moments (invitation shown, opened,
// declined...) for response rates, without identifiers: the counter, its localStorage queue and
// its beacon in the runtime chunk (541), and the UI telling it what was shown, declined and
// withdrawn (55).
// Issue #20 (the person answering), +113 bytes shown, +112 with delivery: asking before a
// part-way answer is sent ("Send what you wrote?") and before withdrawing, the invitation's ×,
// the redaction preview as one counted sentence with each language's plural forms (ui/plural.ts,
// Intl.PluralRules and ListFormat), and those sentences in the eight languages (Japanese, the
// largest, +81). Paid for in part in the UI chunk: no class-field helper (-273) and classic h()
// calls (-65); the UI chunk ends 39 bytes up. Measured against the commit before: 18,255 to 18,375.
// Issue #17 (survey definitions from surveyUrl): the loader lays the kept definition's id, version
// and rules over its options and can load candor-definition.js; the runtime waits for the
// definition before showing. Paid for, and more, so the ceilings come down: the loader reads only
// its number options from data-* text (-52), one localStorage JSON helper made by the loader's
// platform instead of a copy in the runtime (-78) and in the delivery chunk (-70), configureChunks
// in one go. Loader 2,498 to 2,489; shown 18,375 to 18,334; with delivery 23,158 to 23,047. The
// definition chunk (2,750: fetching with its ETag and max-age, the check against the protocol's
// JSON Schema, the language choice, a resumed draft keeping its wording) loads only on pages with
// surveyUrl, when about to show: held by a line of its own (a page without surveyUrl never fetches it).
// Then +41 shown (runtime +47, loader -6), back to 18,375: a kept definition this version cannot
// read as options (written by another version of Candor, or altered) is left out and dropped,
// instead of stopping Candor or holding back invitations.
// Then +6 on each (loader 2,483 to 2,489): the sampling and counterbalancing draws read the survey
// a definition sets on the page view that fetches it, so that page view decides as every later one
// does (before, it drew for the tag's survey: "decided once, never re-rolled" broke there).
const budgets = [
  ['loader (candor.js), every page view', loader.brotli, 2_500, 2_500],
  [`loader + runtime + UI + largest language (${largestLocaleFile}), when shown`, shown, 18_381, 12_000],
  ['that + delivery, when answers are sent', shown + delivery.brotli, 23_094, undefined],
  ['that + the survey definition chunk, with surveyUrl', shown + delivery.brotli + definition.brotli, 25_844, undefined],
];

const row = (name, s) => console.log(`${name.padEnd(24)} ${String(s.raw).padStart(8)} ${String(s.gzip).padStart(8)} ${String(s.brotli).padStart(8)}`);
console.log(`${'file'.padEnd(24)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}   (bytes)`);
row('candor.js', loader);
row('candor-runtime.js', runtime);
row('candor-ui.js', ui);
row('candor-delivery.js', delivery);
row('candor-definition.js', definition);
for (const [file, s] of locales) row(file, s);
console.log('');
let over = 0;
for (const [name, bytes, ceiling, design] of budgets) {
  const ok = bytes <= ceiling;
  if (!ok) over++;
  const versus = design === undefined ? 'no growth' : bytes <= design ? `design budget ${design}: met` : `design budget ${design}: not met, ${bytes - design} over`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(66)} ${String(bytes).padStart(6)} / ${ceiling} brotli bytes (${versus})`);
}
// The loader's compile hint (build-script-tag.mjs) saves about 0.5 ms on every page view, and only
// works as the file's first line: a build change that drops or moves it fails here.
const hinted = readFileSync(new URL('candor.js', dist), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
console.log(`${hinted ? 'ok  ' : 'MISSING'} candor.js starts with V8's compile hint (//# allFunctionsCalledOnLoad)`);
if (!hinted) over++;
if (over) {
  console.error(`\n${over} size check(s) failed.`);
  process.exitCode = 1;
}
