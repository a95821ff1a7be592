/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** A share's plausible range. */
export interface ShareInterval {
  low: number;
  high: number;
}

/**
 * The 95 % Wilson score interval of a share of `successes` out of `total` people: unlike the
 * normal approximation it stays within 0..1 and behaves at small counts and shares near 0 or 1,
 * which is where theme shares of small samples live. {0, 0} when there is nobody.
 */
export function wilsonInterval(successes: number, total: number): ShareInterval {
  if (total <= 0) return { low: 0, high: 0 };
  const p = Math.min(1, Math.max(0, successes / total));
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (Z95 / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // At 0 and 1 the bound is exact; rounding would otherwise leave 1e-16 off it.
  return { low: successes <= 0 ? 0 : Math.max(0, centre - half), high: successes >= total ? 1 : Math.min(1, centre + half) };
}
