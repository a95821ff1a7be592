const whole = new Intl.NumberFormat(undefined);
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const precisePercent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** A count, like "1,234". */
export const formatCount = (n: number): string => whole.format(n);

/** A share (0..1) as a whole percentage, like "19%"; below 1% with one decimal. */
export const formatShare = (share: number): string => (share > 0 && share < 0.01 ? precisePercent : percent).format(share);

/** "1 person", "12 people". */
export const people = (n: number): string => `${formatCount(n)} ${n === 1 ? 'person' : 'people'}`;

/** "1 answer", "3 answers": a count and a noun, plural when it is not one. */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;
