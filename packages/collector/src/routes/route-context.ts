import type { AnswerStore } from '../store/answer-store.js';
import type { ChatClient } from '../llm/chat-client.js';
import type { CollectorConfig } from '../options/collector-options.js';
import type { ThemesContext } from '../themes/reports/theme-view.js';
import type { ClassifyScheduler } from '../themes/classification/classify-scheduler.js';
import type { SessionStore } from '../http/session-store.js';
import type { SignInThrottle } from '../http/sign-in-throttle.js';

/**
 * What every route plugin is registered with: the validated options, the store (refusing work
 * past `maxPending`), the model, theme analysis, and the results app's sessions. Each route
 * takes what it needs.
 */
export interface RouteContext {
  config: CollectorConfig;
  store: AnswerStore;
  chat: ChatClient | undefined;
  themes: ThemesContext;
  scheduler: ClassifyScheduler;
  /** The results app's signed-in browsers, and the slowing down of wrong admin tokens. */
  sessions: SessionStore;
  signIns: SignInThrottle;
}

/** Allowed origins as the origin checks and CORS take them: a list, or '*' for any. */
export const allowedOrigins = (config: CollectorConfig): readonly string[] | '*' => (config.origins.includes('*') ? '*' : config.origins);
