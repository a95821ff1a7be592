import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KeywordRulesCodebook } from './keyword-codebook.js';
import { labelWithKeywordRules } from './label-with-keyword-rules.js';

const WORKER = fileURLToPath(new URL('./keyword-worker.js', import.meta.url));

/** Labels pages of one question's answers by keyword rules, one page at a time; close it when done. */
export interface KeywordLabeller {
  label(texts: readonly string[]): Promise<string[][]>;
  close(): Promise<void>;
}

/**
 * {@link labelWithKeywordRules} in a worker thread, started once for a question and fed page after
 * page: 100,000 answers take a couple of seconds of CPU, and on the main thread no submission
 * could be received meanwhile. The labels are the same. Run from the TypeScript sources (the
 * unit tests) there is no compiled worker to start, so it labels in this thread instead; the
 * built collector always uses the worker. `worker` overrides the worker file (tests).
 */
export function keywordLabeller(codebook: KeywordRulesCodebook, questionId: string, worker = WORKER): KeywordLabeller {
  if (!existsSync(worker)) {
    return { label: async (texts) => labelWithKeywordRules(codebook, questionId, texts), close: async () => {} };
  }
  const thread = new Worker(worker, { workerData: { codebook, questionId } });
  let failure: Error | undefined;
  let pending: { resolve: (labels: string[][]) => void; reject: (error: Error) => void } | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    pending?.reject(error);
    pending = undefined;
  };
  thread.on('message', (labels: string[][]) => {
    pending?.resolve(labels);
    pending = undefined;
  });
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`the keyword-rules worker stopped (exit code ${code})`)));
  return {
    label(texts) {
      if (failure) return Promise.reject(failure);
      if (pending) return Promise.reject(new Error('the keyword-rules worker labels one page at a time'));
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        thread.postMessage(texts);
      });
    },
    async close() {
      thread.removeAllListeners('exit');
      await thread.terminate();
    },
  };
}
