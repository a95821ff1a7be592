import type { SqlClient } from './sql-client.js';

/** How often the embedded store looks at how much its tables have grown. */
export const STATISTICS_CHECK_MS = 15_000;
/** Rows (submissions and labels) below which the planner's defaults serve as well as statistics. */
const SMALL = 500;
/** Rows sampled per column: a coarse sample reads fast and is all the plans here need. */
const STATISTICS_TARGET = 30;

/** Submissions and theme labels stored, from the kept counts (a few hundred rows, not the tables). */
const SIZE_SQL = `select (select coalesce(sum(submissions), 0) from submission_tally)
  + (select coalesce(sum(answers), 0) from theme_tally) as size`;

export interface StatisticsKeeper {
  /** Looks now, and refreshes the statistics when the tables have doubled since the last time. */
  check(): Promise<void>;
  /** Stops looking and waits for a refresh under way. */
  stop(): Promise<void>;
}

/**
 * PGlite runs no autovacuum, so nothing refreshes the planner's statistics: a database that
 * grew from nothing to 100,000 submissions is planned as if empty, and a page of answers that
 * takes a fraction of a millisecond with statistics takes 300 ms without (a sort of every
 * submission instead of reading an index). This keeps them fresh: every {@link STATISTICS_CHECK_MS}
 * (and once at start) it reads the size from the kept counts, and runs ANALYZE each time the
 * tables have doubled since the last one, so a growing store is analyzed a dozen times on the
 * way to 100,000 submissions (about half a second each at that size, off the HTTP thread).
 */
export function keepStatistics(client: SqlClient, onError: (error: unknown) => void): StatisticsKeeper {
  let analyzedAt = 0;
  let running: Promise<void> | undefined;
  let stopped = false;
  const check = () => {
    running ??= (async () => {
      try {
        const size = Number((await client.query<{ size: number | string }>(SIZE_SQL)).rows[0]?.size ?? 0);
        if (stopped || size < SMALL || size < 2 * analyzedAt) return;
        await client.transaction((tx) => tx.exec(`set local default_statistics_target = ${STATISTICS_TARGET}; analyze`), { background: true });
        analyzedAt = size;
      } catch (error) {
        if (!stopped) onError(error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void check(), STATISTICS_CHECK_MS);
  timer.unref();
  void check();
  return {
    check,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
