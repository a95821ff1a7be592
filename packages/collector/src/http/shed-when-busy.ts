import type { AnswerStore } from '../store/answer-store.js';
import { overloaded } from './load-shedding.js';

/** Seconds a client refused because the database is busy is told to wait. */
const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * The store, refusing work with a 503 (Retry-After) while `maxPending` calls already wait on the
 * database, instead of queueing without bound: latency and memory stay bounded under a flood,
 * and a refused request stored nothing, so its retry is safe. Exports and scans are not counted
 * (each of their slices takes its turn on the database like any other query).
 */
export function shedWhenBusy(store: AnswerStore, maxPending: number): AnswerStore {
  let pending = 0;
  const limited = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    if (pending >= maxPending) throw overloaded(BUSY_RETRY_AFTER_SECONDS);
    pending += 1;
    try {
      return await call(...args);
    } finally {
      pending -= 1;
    }
  };
  return {
    kind: store.kind,
    insert: limited((submissions) => store.insert(submissions)),
    list: limited((query) => store.list(query)),
    counts: limited((filter) => store.counts(filter)),
    withdraw: limited((id) => store.withdraw(id)),
    scan: (filter, batchSize) => store.scan(filter, batchSize),
    export: (filter) => store.export(filter),
    themes: store.themes,
    funnel: { add: limited((events) => store.funnel.add(events)), counts: limited((filter) => store.funnel.counts(filter)) },
    results: {
      surveys: limited(() => store.results.surveys()),
      overview: limited((filter, timeline) => store.results.overview(filter, timeline)),
      facets: limited((filter) => store.results.facets(filter)),
      metadataValues: limited((filter, key, limit) => store.results.metadataValues(filter, key, limit)),
      removeSampleData: limited(() => store.results.removeSampleData()),
      exportColumns: limited((filter) => store.results.exportColumns(filter)),
      method: limited((filter) => store.results.method(filter)),
    },
    definitions: {
      published: limited((surveyId) => store.definitions.published(surveyId)),
      version: limited((surveyId, version) => store.definitions.version(surveyId, version)),
      history: limited((surveyId) => store.definitions.history(surveyId)),
      publish: limited((content, options) => store.definitions.publish(content, options)),
      surveys: limited(() => store.definitions.surveys()),
    },
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
