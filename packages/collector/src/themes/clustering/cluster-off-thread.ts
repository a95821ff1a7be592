import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { clusterTexts, type LocalClustering, type LocalClusteringOptions } from './local-classifier.js';

const WORKER = fileURLToPath(new URL('./cluster-worker.js', import.meta.url));

/**
 * {@link clusterTexts} in a worker thread: clustering 20,000 answers takes seconds of CPU, and on
 * the main thread no submission could be received meanwhile. The result is the same (seeded).
 * Run from the TypeScript sources (the unit tests) there is no compiled worker to start, so it
 * clusters in this thread instead; the built collector always uses the worker.
 */
export function clusterOffThread(texts: readonly string[], options: LocalClusteringOptions): Promise<LocalClustering> {
  if (!existsSync(WORKER)) return Promise.resolve(clusterTexts(texts, options));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { texts, options } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the clustering worker stopped (exit code ${code}) before it answered`)));
  });
}
