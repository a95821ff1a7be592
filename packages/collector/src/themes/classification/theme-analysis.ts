import type { ChatClient } from '../../llm/chat-client.js';
import type { ThemeStore } from '../../store/theme-store.js';
import type { Codebook } from '../codebook/codebook.js';
import { DEFAULT_CODEBOOK } from '../codebook/default-codebook.js';
import type { ThemesContext } from '../reports/theme-view.js';
import { classifyPending, type JobLogger } from './classify-job.js';
import { classifyScheduler, type ClassifyScheduler } from './classify-scheduler.js';

/** What theme analysis runs with, already validated (see the collector options' `themes`). */
export interface ThemeAnalysisSettings {
  codebook?: Codebook | undefined;
  classifyIntervalMs: number;
  clusters?: number | undefined;
  seed?: number | undefined;
  minGroupSize: number;
}

export interface ThemeAnalysis {
  /** What theme reports, quotes and pages read at request time. */
  context: ThemesContext;
  /** The background classification job: ask for a run after each accepted post; close it on shutdown. */
  scheduler: ClassifyScheduler;
}

/**
 * Sets up theme analysis: the context reports are built from and the background classification
 * job, which labels answers off the request path (with the model when there is one and the
 * codebook has a scheme for the question, else by local clustering).
 */
export function startThemeAnalysis(store: ThemeStore, settings: ThemeAnalysisSettings, chat: ChatClient | undefined, log: JobLogger): ThemeAnalysis {
  const context: ThemesContext = {
    store,
    setup: { codebook: settings.codebook ?? DEFAULT_CODEBOOK, chat, clusters: settings.clusters, seed: settings.seed },
    minGroupSize: settings.minGroupSize,
  };
  const scheduler = classifyScheduler((questionIds, signal) => classifyPending(context.store, context.setup, log, { questionIds, signal }), {
    intervalMs: settings.classifyIntervalMs,
    onError: (error) => log.warn({ err: error }, 'theme classification failed; retried on the next run'),
  });
  return { context, scheduler };
}
