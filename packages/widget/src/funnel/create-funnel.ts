import type { FunnelEvent, FunnelEventName } from '@candor/protocol';
import type { DeliveryPlatform } from '../delivery/delivery-platform.js';
import type { ResolvedOptions } from '../options/options.js';
import type { Platform } from '../platform/platform.js';
import type { Draft } from '../scheduling/draft-store.js';
import { eventsUrl } from './events-url.js';
import { funnelEvent, type AskingFacts } from './funnel-event.js';

/** Events waiting this many are sent at once (else at page exit). */
export const FEW_EVENTS = 10;
/** Most events kept waiting on the device; older ones go first. */
export const MAX_QUEUED_EVENTS = 50;
/** Page exits at which the browser may refuse the beacon before the waiting events are dropped. */
export const MAX_EVENT_TRIES = 3;

/** Counts a moment of one asking: each at most once. */
export type Count = (event: FunnelEventName) => void;

export interface Funnel {
  /** Counting for one asking; a resumed draft was invited, opened (and started, with answers) on an earlier page. */
  asking(facts: AskingFacts, draft?: Draft): Count;
  /** The widget is up on this page view: from now on, what waits may be sent. */
  shown(): void;
  /** Page exit: hands what waits to sendBeacon in one request, if the widget was shown on this page view. */
  send(): void;
}

/** What ends an asking: after one of these, closing is not "dismissed". */
const ENDS: FunnelEventName[] = ['declined', 'postponed', 'finished', 'partial'];

/**
 * The funnel's counter: counted moments wait in localStorage (nothing identifying in them) and go
 * to the collector by beacon, as text/plain JSON, at most once per page exit (or once
 * {@link FEW_EVENTS} wait), never from a page view that showed nothing. A beacon the browser
 * accepts is taken as sent: events carry no id, so sending one twice would count it twice. One
 * it refuses is tried at the next exit, {@link MAX_EVENT_TRIES} times in all, then dropped: counts
 * may lose a few; answers stay exactly once. Undefined when nothing is to be counted (eventsUrl).
 */
export function createFunnel(options: ResolvedOptions, platform: Platform & Partial<DeliveryPlatform>): Funnel | undefined {
  const url = eventsUrl(options, location.href);
  if (!url) return undefined;
  const queue = platform.stored<{ e: FunnelEvent[]; t?: number }>('candor:events', { e: [] });
  let live = false;

  function send() {
    const waiting = queue.read();
    if (!live || !waiting.e.length) return;
    // A string goes as text/plain (no preflight, like the answers' beacons).
    const beacon = (platform.sendBeacon?.() ?? navigator.sendBeacon?.bind(navigator)) as ((url: string, data: string) => boolean) | undefined;
    const sent = beacon?.(url!, JSON.stringify({ protocolVersion: 1, events: waiting.e }));
    const tries = (waiting.t ?? 0) + 1;
    queue.write(sent || tries >= MAX_EVENT_TRIES ? undefined : { ...waiting, t: tries });
  }

  return {
    asking(facts, draft) {
      const counted: FunnelEventName[] = draft ? ['invited', 'opened', ...(draft.responses.answers.length ? (['started'] as const) : [])] : [];
      return (event) => {
        if (counted.includes(event) || (event === 'dismissed' && ENDS.some((end) => counted.includes(end)))) return;
        counted.push(event);
        const waiting = queue.read();
        const e = [...waiting.e, funnelEvent(event, options, facts, platform.now())].slice(-MAX_QUEUED_EVENTS);
        queue.write({ ...waiting, e });
        if (e.length >= FEW_EVENTS) send();
      };
    },
    shown: () => void (live = true),
    send,
  };
}
