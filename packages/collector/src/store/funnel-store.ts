import type { FunnelEvent, FunnelEventName, TriggerKind } from '@candor/protocol';
import type { SqlQueryable } from './sql-client.js';
import type { FunnelFilter } from './funnel-filter.js';
import { addCountsSql, funnelCountsSql, type FunnelCountRow } from './funnel-sql.js';

/** How many times one moment happened, for one language and kind of trigger. */
export interface FunnelCountByGroup {
  /** The locale's primary subtag, lower case ("pt" for pt-BR). */
  language: string;
  trigger: TriggerKind;
  event: FunnelEventName;
  count: number;
}

/** The funnel's daily counts, in the same database as the submissions. */
export interface FunnelStore {
  /**
   * Adds each event to its day's count, all of them or none (one statement). Concurrent calls
   * add up: none is lost. Resolves to how many events were counted.
   */
  add(events: readonly FunnelEvent[]): Promise<number>;
  /** The counts matching `filter`, by language, trigger kind and event. */
  counts(filter: FunnelFilter): Promise<FunnelCountByGroup[]>;
}

/** The {@link FunnelStore} on any PostgreSQL reached through `client` (PGlite or `pg`). */
export function sqlFunnelStore(client: SqlQueryable): FunnelStore {
  return {
    async add(events) {
      if (events.length === 0) return 0;
      // Identical events of the batch become one row with their number: one upsert may touch a row once.
      const rows = new Map<string, FunnelCountRow>();
      for (const e of events) {
        const row: FunnelCountRow = [e.surveyId, e.date, e.surveyVersion, e.locale, e.trigger, e.sampleRate, e.event, 1];
        const key = JSON.stringify(row.slice(0, 7));
        const seen = rows.get(key);
        if (seen) seen[7] += 1;
        else rows.set(key, row);
      }
      const sorted = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
      await client.query(addCountsSql(sorted.length), sorted.flat());
      return events.length;
    },

    async counts(filter) {
      const { sql, params } = funnelCountsSql(filter);
      const { rows } = await client.query<{ language: string; trigger: TriggerKind; event: FunnelEventName; count: number | string }>(sql, params);
      return rows.map((row) => ({ language: row.language, trigger: row.trigger, event: row.event, count: Number(row.count) }));
    },
  };
}
