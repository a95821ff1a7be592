// The worker thread that labels answers by keyword rules (see keyword-labeller.ts), so the
// collector's event loop keeps answering requests while a large question is labelled.
import { parentPort, workerData } from 'node:worker_threads';
import type { KeywordRulesCodebook } from './keyword-codebook.js';
import { labelWithKeywordRules } from './label-with-keyword-rules.js';

const { codebook, questionId } = workerData as { codebook: KeywordRulesCodebook; questionId: string };
parentPort!.on('message', (texts: string[]) => parentPort!.postMessage(labelWithKeywordRules(codebook, questionId, texts)));
