import type { AnswerDetail, AnswerLabels, ThemeStore } from '../../store/theme-store.js';
import { planFor, type QuestionPlan, type ThemeSetup } from './classification-plan.js';
import { classifyWithModel, type ModelLabel } from './classify-with-model.js';
import { ClassificationError } from './classification-error.js';
import { clusterOffThread } from '../clustering/cluster-off-thread.js';
import { keywordLabeller } from './keyword-rules/keyword-labeller.js';
import { NO_THEME } from '../clustering/local-classifier.js';

/** Answers read from the database (and so sent to the model) at a time. */
const MODEL_PAGE = 200;
/** Answers read from the database and labelled by keyword rules at a time (each read scans the question's answers). */
const KEYWORD_PAGE = 5_000;
/**
 * Answers whose labels are saved in one transaction: on the embedded database a post may wait
 * for one (the kept theme counts are updated with it), about 25-50 ms for 100 at 100,000 submissions.
 */
const SAVE_SLICE = 100;

export interface JobLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

/** What one run did for one question. */
export interface QuestionRun {
  questionId: string;
  classifier: QuestionPlan['kind'];
  /** Answers given labels in this run. */
  labelled: number;
  /** Why it stopped early, when it did (logged; the rest is tried again next run). */
  error?: string;
}

/** The text a classifier reads for an answer: the answer, then the follow-up's answer. */
const classifiedText = (answer: AnswerDetail) => (answer.followUpText ? `${answer.text}\n\n${answer.followUpText}` : answer.text);

/**
 * Labels every answer that has no label under its question's current plan (see planFor): with a
 * model, against the codebook's scheme, a page at a time; without one, by the keyword rules
 * (in a worker thread, a page at a time); for a question without a scheme, by clustering all of
 * the question's answers again, replacing its labels. An answer given no category is stored as
 * "(no theme)": not classified. A failure is logged and the question is left
 * for the next run; the other questions go on. Labels a race with a withdrawal left behind are
 * deleted first. Only `questionIds` when given; `signal` stops the
 * run (a model call in flight is aborted, what was labelled is kept).
 */
export async function classifyPending(
  store: ThemeStore,
  setup: ThemeSetup,
  log: JobLogger,
  options: { questionIds?: readonly string[] | undefined; signal?: AbortSignal | undefined } = {},
): Promise<QuestionRun[]> {
  const { signal } = options;
  const dropped = await store.dropWithdrawnLabels();
  if (dropped > 0) log.info({ labels: dropped }, 'labels of withdrawn submissions deleted');
  const questions = options.questionIds ?? (await store.answeredQuestions());
  const runs: QuestionRun[] = [];
  for (const questionId of questions) {
    if (signal?.aborted) break;
    const plan = planFor(questionId, setup);
    const run: QuestionRun = { questionId, classifier: plan.kind, labelled: 0 };
    try {
      run.labelled =
        plan.kind === 'model'
          ? await labelWithModel(store, plan, run, signal)
          : plan.kind === 'keyword-rules'
            ? await labelWithRules(store, plan, setup, signal)
            : await labelLocally(store, plan, setup);
    } catch (error) {
      run.error = error instanceof Error ? error.message : String(error);
    }
    if (run.error) log.warn({ questionId, classifier: plan.stamp.classifier, labelled: run.labelled, reason: run.error }, 'theme classification stopped; the rest is retried on the next run');
    else if (run.labelled > 0) log.info({ questionId, classifier: plan.stamp.classifier, labelled: run.labelled }, 'answers classified into themes');
    runs.push(run);
    // Clustering and saving are work: let waiting requests through between questions.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return runs;
}

async function labelWithModel(store: ThemeStore, plan: Extract<QuestionPlan, { kind: 'model' }>, run: QuestionRun, signal: AbortSignal | undefined): Promise<number> {
  let labelled = 0;
  for (;;) {
    if (signal?.aborted) return labelled;
    const page = await store.unlabelledAnswers(plan.questionId, plan.stamp, MODEL_PAGE);
    if (page.length === 0) return labelled;
    let results: ModelLabel[];
    try {
      results = await classifyWithModel(plan.chat, plan.scheme, page.map((a) => ({ answerKey: a.submissionId, text: classifiedText(a) })), signal ? { signal } : {});
    } catch (error) {
      if (!(error instanceof ClassificationError)) throw error;
      results = error.partial;
      run.error = error.message;
    }
    const toSave: AnswerLabels[] = results.map((r) => ({ submissionId: r.answerKey, labels: r.labels.length > 0 ? r.labels : [NO_THEME] }));
    if (toSave.length > 0) await store.saveLabels(plan.questionId, plan.stamp, toSave);
    labelled += toSave.length;
    // Stop on a failure, or when the model left every answer of the page out (asked again next run).
    if (run.error || toSave.length === 0 || page.length < MODEL_PAGE) return labelled;
  }
}

async function labelWithRules(store: ThemeStore, plan: Extract<QuestionPlan, { kind: 'keyword-rules' }>, setup: ThemeSetup, signal: AbortSignal | undefined): Promise<number> {
  let labelled = 0;
  let labeller: ReturnType<typeof keywordLabeller> | undefined;
  try {
    for (;;) {
      if (signal?.aborted) return labelled;
      const page = await store.unlabelledAnswers(plan.questionId, plan.stamp, KEYWORD_PAGE);
      if (page.length === 0) return labelled;
      labeller ??= keywordLabeller(setup.codebook, plan.questionId);
      const labels = await labeller.label(page.map(classifiedText));
      const toSave = page.map((a, i) => ({ submissionId: a.submissionId, labels: labels[i]!.length > 0 ? labels[i]! : [NO_THEME] }));
      // Saved a slice at a time, letting requests through between: the embedded database works on this thread.
      for (let start = 0; start < toSave.length; start += SAVE_SLICE) {
        await store.saveLabels(plan.questionId, plan.stamp, toSave.slice(start, start + SAVE_SLICE));
        labelled += Math.min(SAVE_SLICE, toSave.length - start);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (page.length < KEYWORD_PAGE) return labelled;
    }
  } finally {
    await labeller?.close();
  }
}

async function labelLocally(store: ThemeStore, plan: QuestionPlan, setup: ThemeSetup): Promise<number> {
  if ((await store.unlabelledAnswers(plan.questionId, plan.stamp, 1)).length === 0) return 0;
  const answers = await store.answersTo(plan.questionId);
  const { labels } = await clusterOffThread(answers.map(classifiedText), {
    ...(setup.clusters !== undefined ? { k: setup.clusters } : {}),
    ...(setup.seed !== undefined ? { seed: setup.seed } : {}),
  });
  // Saved a slice at a time, as the keyword rules' are, so posts go in between (one transaction of
  // 100,000 labels held the embedded database for seconds). Each slice replaces its answers' labels,
  // so for a moment the views show some answers in the new clusters and the rest in the old.
  const labelled = answers.map((a, i) => ({ submissionId: a.submissionId, labels: [labels[i]!] }));
  for (let start = 0; start < labelled.length; start += SAVE_SLICE) {
    await store.saveLabels(plan.questionId, plan.stamp, labelled.slice(start, start + SAVE_SLICE));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return answers.length;
}
