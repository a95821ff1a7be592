// Prints one closing line for the whole test run, from the vitest and Playwright JSON reports.
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(new URL(`../reports/${file}`, import.meta.url), 'utf8'));
const unit = read('unit.json');
const e2e = read('e2e.json');
const passed = unit.numPassedTests + (e2e.stats.expected ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (e2e.stats.skipped ?? 0);
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; browser: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
