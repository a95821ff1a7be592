import type { AnswerStore } from '../store/answer-store.js';
import type { ChatClient } from '../llm/chat-client.js';
import type { CollectorConfig } from '../options/collector-options.js';
import type { ThemesContext } from '../themes/reports/theme-view.js';
import type { ClassifyScheduler } from '../themes/classification/classify-scheduler.js';

/**
 * What every route plugin is registered with: the validated options, the store (refusing work
 * past `maxPending`), the model, and theme analysis. Each route takes what it needs.
 */
export interface RouteContext {
  config: CollectorConfig;
  store: AnswerStore;
  chat: ChatClient | undefined;
  themes: ThemesContext;
  scheduler: ClassifyScheduler;
}

/** Allowed origins as the origin checks and CORS take them: a list, or '*' for any. */
export const allowedOrigins = (config: CollectorConfig): readonly string[] | '*' => (config.origins.includes('*') ? '*' : config.origins);
