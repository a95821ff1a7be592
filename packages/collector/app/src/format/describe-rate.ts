import type { FunnelRate } from '@candor/protocol';
import { formatCount, formatShare } from './format-number.js';

/** A rate and its 95 % range, like "25% (20% to 31%)"; null when there is nothing to divide by. */
export function rateWithRange(rate: FunnelRate): string | null {
  if (rate.value === null || rate.low === null || rate.high === null) return null;
  return `${formatShare(rate.value)} (${formatShare(rate.low)} to ${formatShare(rate.high)})`;
}

/**
 * The response rate in a sentence: "Of 240 invitations, 61 were answered: 25% (20% to 31%)."
 * Invitations, not people: the counts are moments, and nobody is identified.
 */
export function describeResponseRate(rate: FunnelRate): string {
  const figure = rateWithRange(rate);
  if (figure === null) return 'No invitation was counted, so there is no response rate yet.';
  const invitations = rate.of === 1 ? '1 invitation' : `${formatCount(rate.of)} invitations`;
  return `Of ${invitations}, ${formatCount(rate.count)} ${rate.count === 1 ? 'was' : 'were'} answered: ${figure}.`;
}

/** The completion rate in a sentence: "Once someone had typed a first answer (80 times), they finished 61 times: 76% (66% to 84%)." */
export function describeCompletionRate(rate: FunnelRate): string {
  const figure = rateWithRange(rate);
  if (figure === null) return 'Nobody has typed an answer yet, so there is no completion rate.';
  return `Once someone had typed a first answer (${times(rate.of)}), they finished ${times(rate.count)}: ${figure}.`;
}

const times = (n: number) => (n === 1 ? 'once' : `${formatCount(n)} times`);
