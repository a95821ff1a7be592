/** A wait in seconds as a reader says it: "at once", "30 seconds", "5 minutes", "2 hours". */
export function describeWait(seconds: number): string {
  if (seconds <= 0) return 'at once';
  const say = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 120) return say(seconds, 'second');
  if (seconds < 2 * 3600) return say(Math.round(seconds / 60), 'minute');
  return say(Math.round(seconds / 3600), 'hour');
}
