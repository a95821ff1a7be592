import type { ChatClient } from '../../llm/chat-client.js';
import type { ClassifierStamp } from '../../store/theme-store.js';
import type { Codebook, CodebookScheme } from '../codebook/codebook.js';
import { MODEL_CLASSIFIER_VERSION } from './classify-with-model.js';
import { KEYWORD_RULES_CLASSIFIER, KEYWORD_RULES_VERSION } from './keyword-rules/label-with-keyword-rules.js';
import { DEFAULT_LOCAL_SEED, LOCAL_CLASSIFIER_NAME, LOCAL_CLASSIFIER_VERSION } from '../clustering/local-classifier.js';

/** What theme analysis runs with: the codebook, the model (if any) and the local clustering's settings. */
export interface ThemeSetup {
  codebook: Codebook;
  /** With a model, questions the codebook has a scheme for are labelled with its categories by the model. */
  chat?: ChatClient | undefined;
  /** Clusters per question for local clustering; default a rule of thumb (see autoK). */
  clusters?: number | undefined;
  seed?: number | undefined;
}

/** How one question's answers are labelled, and the stamp its current labels carry. */
export type QuestionPlan =
  | { kind: 'model'; questionId: string; stamp: ClassifierStamp; scheme: CodebookScheme; chat: ChatClient }
  | { kind: 'keyword-rules'; questionId: string; stamp: ClassifierStamp; scheme: CodebookScheme }
  | { kind: 'local'; questionId: string; stamp: ClassifierStamp };

/**
 * A question the codebook has a scheme for is labelled with that scheme's categories: by the
 * model when one is configured (it reads meaning; preferred), else by the shipped keyword rules.
 * A question without a scheme has no categories to label with, so its answers are clustered
 * locally. Labels with any other stamp are stale: they are not shown, and are replaced at the
 * next run (so configuring a model relabels everything the keyword rules labelled).
 */
export function planFor(questionId: string, setup: ThemeSetup): QuestionPlan {
  const scheme = setup.codebook.schemes.find((s) => s.questionId === questionId);
  if (scheme && setup.chat) {
    return {
      kind: 'model',
      questionId,
      scheme,
      chat: setup.chat,
      stamp: { schemeVersion: setup.codebook.version, classifier: `model:${setup.chat.model}`, classifierVersion: MODEL_CLASSIFIER_VERSION },
    };
  }
  if (scheme) {
    return {
      kind: 'keyword-rules',
      questionId,
      scheme,
      stamp: { schemeVersion: setup.codebook.version, classifier: KEYWORD_RULES_CLASSIFIER, classifierVersion: KEYWORD_RULES_VERSION },
    };
  }
  return {
    kind: 'local',
    questionId,
    stamp: {
      schemeVersion: `k=${setup.clusters ?? 'auto'};seed=${setup.seed ?? DEFAULT_LOCAL_SEED}`,
      classifier: LOCAL_CLASSIFIER_NAME,
      classifierVersion: LOCAL_CLASSIFIER_VERSION,
    },
  };
}

/** What the results page and the API say labelled a question's themes: "model: <name>", "keyword rules" or "word clustering". */
export function labelledBy(plan: QuestionPlan): string {
  if (plan.kind === 'model') return `model: ${plan.chat.model}`;
  return plan.kind === 'keyword-rules' ? 'keyword rules' : 'word clustering';
}

/** Whether a stored label carries the stamp of the question's current plan. */
export function isCurrent(label: ClassifierStamp & { questionId: string }, setup: ThemeSetup): boolean {
  const { stamp } = planFor(label.questionId, setup);
  return label.schemeVersion === stamp.schemeVersion && label.classifier === stamp.classifier && label.classifierVersion === stamp.classifierVersion;
}
