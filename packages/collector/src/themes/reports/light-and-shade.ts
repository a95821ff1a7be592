import type { Codebook } from '../codebook/codebook.js';

/**
 * "Light and shade": the study found that a hope and its matching fear often live in the same
 * person. Each pair below names a hope category (question "hope") and the concern category
 * (question "fear") that is its shadow, with why; ids are the default codebook's.
 */
export const HOPE_QUESTION_ID = 'hope';
export const CONCERN_QUESTION_ID = 'fear';

export interface HopeConcernPair {
  hope: string;
  concern: string;
  /** Why the concern shadows the hope, in a sentence. */
  why: string;
}

export const HOPE_CONCERN_PAIRS: readonly HopeConcernPair[] = [
  // The better the work AI helps produce, the more it matters that AI is right.
  { hope: 'professional-excellence', concern: 'unreliability', why: 'Work made excellent with AI depends on AI being right.' },
  // The tool that lifts someone's work is also the tool that could do it without them.
  { hope: 'professional-excellence', concern: 'jobs-economy', why: 'The tool that lifts their work could also replace it.' },
  // Time won by handing tasks to AI can turn into reliance on it.
  { hope: 'time-freedom', concern: 'wellbeing-dependency', why: 'Time handed back by AI can turn into reliance on it.' },
  // A tutor that explains everything may also do the thinking.
  { hope: 'learning-growth', concern: 'cognitive-atrophy', why: 'The tutor that teaches could also think for them.' },
  // Hopes of earning more meet fears of earning nothing when work is automated.
  { hope: 'financial-independence', concern: 'jobs-economy', why: 'Hopes of more income meet fears of lost income.' },
  // AI as a creative partner, and AI hollowing out what makes creative work meaningful.
  { hope: 'creative-expression', concern: 'meaning-creativity', why: 'The partner for creating could hollow out creative work.' },
  // Growing as a person with AI's help, against depending on it emotionally.
  { hope: 'personal-transformation', concern: 'wellbeing-dependency', why: 'Growth with AI can slide into dependence on it.' },
  // Letting AI run everyday life means letting it decide, and letting it see everything.
  { hope: 'life-management', concern: 'autonomy-agency', why: 'Handing over everyday decisions can mean losing control of them.' },
  { hope: 'life-management', concern: 'surveillance-privacy', why: 'Running a life through AI means giving it that life\'s data.' },
  // Change for society that a few powerful companies or governments steer.
  { hope: 'societal-transformation', concern: 'governance', why: 'Change for everyone, steered by a powerful few.' },
  // A business built on AI depends on the few companies that control it.
  { hope: 'entrepreneurship', concern: 'governance', why: 'A business built on AI depends on the few who control it.' },
];

/** The pairs whose hope and concern both exist in the codebook's "hope" and "fear" schemes. */
export function pairsIn(codebook: Codebook): HopeConcernPair[] {
  const ids = (questionId: string) => new Set(codebook.schemes.find((s) => s.questionId === questionId)?.categories.map((c) => c.id) ?? []);
  const hopes = ids(HOPE_QUESTION_ID);
  const concerns = ids(CONCERN_QUESTION_ID);
  return HOPE_CONCERN_PAIRS.filter((p) => hopes.has(p.hope) && concerns.has(p.concern));
}
