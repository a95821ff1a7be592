import { exactTime, relativeTime } from '../format/format-time.js';

/** A time as the viewer reads it: relative where that reads better ("3h ago"), the exact time in their zone on hover. */
export function TimeAgo({ iso }: { iso: string }) {
  const exact = exactTime(iso);
  return (
    <time dateTime={iso} title={exact}>
      {relativeTime(iso)}
    </time>
  );
}
