import { FUNNEL_EVENTS, type FunnelCounts, type FunnelRate, type FunnelReply, type FunnelSummary } from '@candor/protocol';
import { wilsonInterval } from '../themes/reports/wilson-interval.js';
import type { FunnelCountByGroup } from './funnel-store.js';

/** Triggers that bring up the invitation: what finished after one counts towards the response rate. */
const INVITING = new Set(['delay', 'event']);

/**
 * `count` of `of`, with its 95 % Wilson score interval; nulls without a denominator. The count is
 * held to the denominator: counts sent by beacon can lose a few, so a numerator may come out above it.
 */
export function funnelRate(count: number, of: number): FunnelRate {
  const n = Math.min(count, of);
  if (of <= 0) return { count: n, of, value: null, low: null, high: null };
  return { count: n, of, value: n / of, ...wilsonInterval(n, of) };
}

function summarize(groups: readonly FunnelCountByGroup[]): FunnelSummary {
  const counts = Object.fromEntries(FUNNEL_EVENTS.map((name) => [name, 0])) as FunnelCounts;
  let finishedAfterInvitation = 0;
  for (const { event, trigger, count } of groups) {
    counts[event] += count;
    if (event === 'finished' && INVITING.has(trigger)) finishedAfterInvitation += count;
  }
  return {
    counts,
    responseRate: funnelRate(finishedAfterInvitation, counts.invited),
    completionRate: funnelRate(counts.finished, counts.started),
  };
}

/**
 * What GET /v1/funnel answers: the counts and rates of everything matching, and the same per
 * language, most invited first (then most opened, then by name).
 */
export function funnelReply(groups: readonly FunnelCountByGroup[]): FunnelReply {
  const byLanguage = new Map<string, FunnelCountByGroup[]>();
  for (const group of groups) byLanguage.set(group.language, [...(byLanguage.get(group.language) ?? []), group]);
  const languages = [...byLanguage].map(([language, rows]) => ({ language, ...summarize(rows) }));
  languages.sort((a, b) => b.counts.invited - a.counts.invited || b.counts.opened - a.counts.opened || (a.language < b.language ? -1 : 1));
  return { ...summarize(groups), languages };
}
