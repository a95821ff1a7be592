const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Times past which a relative time reads worse than a date: a week. */
const RELATIVE_UNTIL = 7 * DAY;

const exactFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' });
const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'narrow' });

/** The exact time in the viewer's time zone, like "3 Dec 2026, 09:14:05 CET". */
export const exactTime = (iso: string): string => exactFormat.format(new Date(iso));

/** A day in the viewer's time zone, like "3 Dec 2026". */
export const formatDay = (date: Date): string => dayFormat.format(date);

/**
 * How long ago, when that reads better than a date ("just now", "3h ago", "yesterday"), else
 * the day in the viewer's time zone.
 */
export function relativeTime(iso: string, now = Date.now()): string {
  const then = Date.parse(iso);
  const ago = now - then;
  if (Number.isNaN(then)) return iso;
  if (ago < 0 || ago >= RELATIVE_UNTIL) return formatDay(new Date(then));
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return relativeFormat.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relativeFormat.format(-Math.floor(ago / HOUR), 'hour');
  return relativeFormat.format(-Math.floor(ago / DAY), 'day');
}
