import type { ThemeBreakdown } from '../api/api-types.js';
import { formatShare, people } from '../format/format-number.js';

/** The chart's full width as a share: a little past the largest share, range or study figure, so small shares are not slivers. */
function scaleOf(breakdown: ThemeBreakdown): number {
  const tops = breakdown.themes.flatMap((t) => [t.share, t.interval?.high ?? 0, t.studyShare ?? 0]);
  if (breakdown.other) tops.push(breakdown.other.share);
  const top = Math.max(0.1, ...tops);
  return Math.min(1, Math.ceil(top * 1.1 * 20) / 20);
}

/**
 * Each theme's share of the people who answered, as a bar with its 95 % range, and the study's
 * published share as a marker beside it; every figure is written out too. A theme's name opens
 * its answers.
 */
export function ThemeBars({ breakdown, onOpen, minGroupSize }: { breakdown: ThemeBreakdown; onOpen: (theme: string) => void; minGroupSize: number }) {
  const hasStudy = breakdown.themes.some((t) => t.studyShare !== undefined);
  const scale = scaleOf(breakdown);
  const pct = (share: number) => `${Math.min(100, Math.max(0, (share / scale) * 100))}%`;
  return (
    <>
      <div class="legend" aria-hidden="true">
        <span class="key-share">Share of people here</span>
        <span class="key-range">95% range</span>
        {hasStudy ? <span class="key-study">The study’s published share</span> : null}
        <span>Bars run from 0 to {formatShare(scale)}</span>
      </div>
      <ul class="theme-bars">
        {breakdown.themes.map((t) => {
          const range = t.interval ? `, plausibly ${formatShare(t.interval.low)} to ${formatShare(t.interval.high)}` : '';
          const study = t.studyShare !== undefined ? `; the study: ${formatShare(t.studyShare)}` : '';
          return (
            <li key={t.theme} class="theme-row">
              <button type="button" class="theme-name" onClick={() => onOpen(t.theme)} aria-label={`${t.label}: read its answers`}>
                {t.label}
              </button>
              <span class="theme-figures">
                {formatShare(t.share)} · {people(t.respondents)}
                {range ? (
                  <span class="visually-hidden">{range}</span>
                ) : null}
                {t.studyShare !== undefined ? <> · study {formatShare(t.studyShare)}</> : null}
              </span>
              <span class="theme-track" role="img" aria-label={`${t.label}: ${formatShare(t.share)} of people${range}${study}`}>
                <span class="theme-fill" style={{ width: pct(t.share) }} />
                {t.interval ? <span class="theme-range" style={{ left: pct(t.interval.low), width: `calc(${pct(t.interval.high)} - ${pct(t.interval.low)})` }} /> : null}
                {t.studyShare !== undefined ? <span class="theme-study" style={{ left: pct(t.studyShare) }} /> : null}
              </span>
            </li>
          );
        })}
        {breakdown.other ? (
          <li class="theme-row">
            <span>Other ({breakdown.other.themes} smaller themes together)</span>
            <span class="theme-figures">
              {formatShare(breakdown.other.share)} · {people(breakdown.other.respondents)}
            </span>
            <span class="theme-track" aria-hidden="true">
              <span class="theme-fill" style={{ width: pct(breakdown.other.share), opacity: 0.5 }} />
            </span>
          </li>
        ) : null}
      </ul>
      {breakdown.foldedThemes > 0 ? (
        <p class="hint">
          {breakdown.foldedThemes === 1 ? 'One theme holds' : `${breakdown.foldedThemes} themes hold`} fewer than {minGroupSize} people, so{' '}
          {breakdown.otherSuppressed ? 'it is not shown, even together with the others, to protect who said it.' : 'they are shown together as “Other”.'}
        </p>
      ) : null}
    </>
  );
}
