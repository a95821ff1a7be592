import type { Question } from './options.js';

/**
 * The study's questions, in its wording (DESIGN.md section 3). `{product}` is replaced by the
 * configured product name. Every question can be skipped.
 */
export const DEFAULT_QUESTIONS: Question[] = [
  { id: 'context', prompt: "What's the last thing you used {product} for?", optional: true },
  { id: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', optional: false },
  { id: 'experience', prompt: 'Has AI ever taken a step towards that for you?', optional: true },
  {
    id: 'fear',
    prompt: 'Are there ways AI might be developed that would be contrary to what you hope for or what you value?',
    optional: false,
  },
];
