import { compileScheme, type CompiledScheme } from './compile-scheme.js';
import type { KeywordRulesCodebook, KeywordRulesScheme } from './keyword-codebook.js';
import { FOCUS_WEIGHT, focusStart } from './focus-markers.js';
import { holdsAt } from './keyword-pattern.js';
import { isNonAnswer } from './non-answers.js';
import { normalizeAnswer } from './normalize-answer.js';

/** Stored with every label it gives; bump the version whenever the rules or the decision change. */
export const KEYWORD_RULES_CLASSIFIER = 'keyword-rules';
export const KEYWORD_RULES_VERSION = '1';
/** The least score a category needs to be given: one ordinary rule, or two half-weight ones. */
export const MIN_SCORE = 1;
/** In a multi-label scheme, a further category is given when it scores at least this share of the best one. */
export const FURTHER_LABEL_RATIO = 0.5;

/** One category's evidence in one answer. */
export interface CategoryEvidence {
  category: string;
  score: number;
  /** The rules that matched, as written. */
  rules: string[];
}

/**
 * Labels answers with a codebook scheme's categories by keyword rules, with no model: each
 * category's rules that occur in the answer add their weight (each rule once); a category needs
 * {@link MIN_SCORE}; rules matching the same words count once, at the heaviest; a negative weight
 * counts against. A single-label scheme gives the best-scoring category (on a tie, the one
 * whose evidence comes later in the answer: people tend to name the means first and what they
 * want it for last: "handle my emails so I can see my kids"; evidence after such a "so I can"
 * also weighs more, see focus-markers.ts). A multi-label scheme gives every
 * category with at least MIN_SCORE and {@link FURTHER_LABEL_RATIO} of the best. An answer no
 * rule reaches, or that is only a non-answer ("idk", "n/a", "no comment"...), gets no label:
 * `[]`, "not classified". Pure: the same (codebook, texts) always
 * give the same labels, in the order of `texts`. Throws when the codebook has no scheme for the
 * question or a keyword is malformed.
 */
export function labelWithKeywordRules(codebook: KeywordRulesCodebook, questionId: string, texts: readonly string[]): string[][] {
  const compiled = compileScheme(schemeFor(codebook, questionId));
  return texts.map((text) => decide(compiled, scoreAnswer(compiled, text)));
}

/** Why an answer got its labels: every category with evidence, best first. For tests and tuning. */
export function explainKeywordRules(codebook: KeywordRulesCodebook, questionId: string, text: string): CategoryEvidence[] {
  const compiled = compileScheme(schemeFor(codebook, questionId));
  const { scores, rules } = scoreAnswer(compiled, text, true);
  return compiled.categoryIds
    .map((category, i) => ({ category, score: scores[i]!, rules: rules?.[i] ?? [] }))
    .filter((evidence) => evidence.score > 0)
    .sort((a, b) => b.score - a.score);
}

function schemeFor(codebook: KeywordRulesCodebook, questionId: string): KeywordRulesScheme {
  const scheme = codebook.schemes.find((s) => s.questionId === questionId);
  if (!scheme) throw new Error(`The codebook has no scheme for the question "${questionId}"`);
  return scheme;
}

interface Scores {
  scores: Float64Array;
  /** Where each category's last counted evidence ends (-1 for none). */
  last: Int32Array;
  rules?: string[][];
}

interface Hit {
  category: number;
  start: number;
  end: number;
  weight: number;
  rule: string;
}

function scoreAnswer(compiled: CompiledScheme, text: string, explain = false): Scores {
  const normalized = normalizeAnswer(text);
  const n = compiled.categoryIds.length;
  const scores = new Float64Array(n);
  const last = new Int32Array(n).fill(-1);
  const rules: string[][] | undefined = explain ? compiled.categoryIds.map(() => []) : undefined;
  if (isNonAnswer(normalized)) return rules ? { scores, last, rules } : { scores, last };
  const hits: Hit[] = [];
  const seen = new Set<number>();
  compiled.matcher.scan(normalized, (index, end) => {
    const pattern = compiled.patterns[index]!;
    if (seen.has(index) || !holdsAt(pattern, normalized, end)) return;
    seen.add(index);
    hits.push({ category: compiled.categoryOf[index]!, start: end - pattern.literal.length, end, weight: pattern.weight, rule: pattern.source });
  });
  if (!compiled.multiLabel) {
    const focus = focusStart(normalized);
    if (focus >= 0) for (const hit of hits) if (hit.start >= focus && hit.weight > 0) hit.weight *= FOCUS_WEIGHT;
  }
  // Rules of one category that match the same words (a stem from two languages, a phrase and
  // its word) are one piece of evidence: each run of overlapping matches counts its heaviest.
  hits.sort((a, b) => a.category - b.category || a.start - b.start);
  let runEnd = -1;
  let runWeight = 0;
  let runCategory = -1;
  const closeRun = () => {
    if (runCategory >= 0) scores[runCategory]! += runWeight;
  };
  for (const hit of hits) {
    rules?.[hit.category]!.push(hit.rule);
    last[hit.category] = Math.max(last[hit.category]!, hit.end);
    if (hit.weight < 0) {
      scores[hit.category]! += hit.weight;
      continue;
    }
    if (hit.category === runCategory && hit.start < runEnd) {
      runWeight = Math.max(runWeight, hit.weight);
      runEnd = Math.max(runEnd, hit.end);
      continue;
    }
    closeRun();
    runCategory = hit.category;
    runWeight = hit.weight;
    runEnd = hit.end;
  }
  closeRun();
  return rules ? { scores, last, rules } : { scores, last };
}

function decide(compiled: CompiledScheme, { scores, last }: Scores): string[] {
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! < MIN_SCORE) continue;
    if (best < 0 || scores[i]! > scores[best]! || (scores[i] === scores[best] && last[i]! > last[best]!)) best = i;
  }
  if (best < 0) return [];
  if (!compiled.multiLabel) return [compiled.categoryIds[best]!];
  const floor = Math.max(MIN_SCORE, scores[best]! * FURTHER_LABEL_RATIO);
  return compiled.categoryIds.filter((_, i) => scores[i]! >= floor);
}
