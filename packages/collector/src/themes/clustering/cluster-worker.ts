// The worker thread that clusters one question's answers (see cluster-off-thread.ts), so the
// collector's event loop keeps answering requests while it runs.
import { parentPort, workerData } from 'node:worker_threads';
import { clusterTexts, type LocalClusteringOptions } from './local-classifier.js';

const { texts, options } = workerData as { texts: string[]; options: LocalClusteringOptions };
parentPort!.postMessage(clusterTexts(texts, options));
