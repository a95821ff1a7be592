import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { describeIssues } from '@candor/protocol';
import type { Codebook } from './codebook.js';
import { DEFAULT_CODEBOOK } from './default-codebook.js';
import { parseKeywordPattern } from '../classification/keyword-rules/keyword-pattern.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const words = (max: number) => z.string('must be a string').trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const CategorySchema = z.strictObject({
  id: z.string('must be a string').regex(KEBAB, 'must be kebab-case, like "jobs-economy"').max(64, 'must be at most 64 characters'),
  label: words(100),
  description: words(500),
  studyShare: z.number('must be a number').min(0, 'must be a share from 0 to 1').max(1, 'must be a share from 0 to 1').optional(),
  keywords: z.array(words(200).superRefine(validKeyword), 'must be an array of keyword rules').max(1000, 'must hold at most 1000 keyword rules').optional(),
});

/** A keyword rule the keyword rules can parse (the message says what is wrong with it). */
function validKeyword(rule: string, context: z.RefinementCtx): void {
  try {
    parseKeywordPattern(rule);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
  }
}

const SchemeSchema = z
  .strictObject({
    questionId: words(100),
    multiLabel: z.boolean('must be true or false'),
    categories: z.array(CategorySchema, 'must be an array of categories').min(1, 'must hold at least one category').max(100, 'must hold at most 100 categories'),
  })
  .superRefine((scheme, context) => {
    const seen = new Set<string>();
    scheme.categories.forEach((category, index) => {
      if (seen.has(category.id)) context.addIssue({ code: 'custom', path: ['categories', index, 'id'], message: `repeats the id "${category.id}"` });
      seen.add(category.id);
    });
  });

/** A codebook file: `{ version, schemes: [{ questionId, multiLabel, categories: [{ id, label, description, studyShare?, keywords? }] }] }`. */
export const CodebookSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: words(100),
    schemes: z.array(SchemeSchema, 'must be an array of schemes').min(1, 'must hold at least one scheme'),
  })
  .superRefine((codebook, context) => {
    const seen = new Set<string>();
    codebook.schemes.forEach((scheme, index) => {
      if (seen.has(scheme.questionId)) context.addIssue({ code: 'custom', path: ['schemes', index, 'questionId'], message: `repeats the question "${scheme.questionId}"` });
      seen.add(scheme.questionId);
    });
  });

/**
 * A team's own codebook, read from a JSON file, or the study's ({@link DEFAULT_CODEBOOK})
 * without a path. Throws an Error naming the file and each bad field when it cannot be read or
 * is not a valid codebook.
 */
export function loadCodebook(path?: string): Codebook {
  if (path === undefined) return DEFAULT_CODEBOOK;
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(`Codebook ${file}: cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`Codebook ${file}: not JSON (${(error as Error).message})`);
  }
  return parseCodebook(json, file);
}

/** Validates a codebook given as a value; `source` names it in errors. */
export function parseCodebook(value: unknown, source = 'codebook'): Codebook {
  const parsed = CodebookSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Codebook ${source}: ${describeIssues(parsed.error.issues, 10)}`);
  const { version, schemes } = parsed.data;
  return {
    version,
    schemes: schemes.map(({ questionId, multiLabel, categories }) => ({
      questionId,
      multiLabel,
      categories: categories.map(({ id, label, description, studyShare, keywords }) => ({
        id,
        label,
        description,
        ...(studyShare === undefined ? {} : { studyShare }),
        ...(keywords === undefined ? {} : { keywords }),
      })),
    })),
  };
}
