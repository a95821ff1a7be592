// Reads the labelled answers: test/fixtures/labelled/<set>/<language>.jsonl, one
// { question, labels, text } a line.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'ja', 'ar', 'he'];
export const QUESTIONS = ['hope', 'experience', 'fear'];

export function labelledSet(set) {
  const folder = `${FIXTURES}labelled/${set}/`;
  return readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => lines(folder + file).map((row) => ({ ...row, language: file.replace('.jsonl', '') })));
}

/** The earlier planted-theme samples (one theme an answer, five hope and five fear themes), written by others before this method. */
export function plantedSamples() {
  return ['synthetic-answers.jsonl', 'synthetic-answers-holdout.jsonl', 'synthetic-answers-check.jsonl'].map((file) => ({
    file,
    rows: lines(FIXTURES + file).map((row) => ({ question: row.questionId, labels: [row.theme], text: row.text, language: row.locale })),
  }));
}

function lines(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}
