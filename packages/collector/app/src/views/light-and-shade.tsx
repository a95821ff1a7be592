import type { ThemeReport } from '../api/api-types.js';
import { formatShare, people } from '../format/format-number.js';

/**
 * "Light and shade", as the study put it: a hope and its matching fear often live in the same
 * person. Of the people holding a hope, the share who also voice its shadow; only pairs held by
 * enough people to show.
 */
export function LightAndShadeSection({ report }: { report: ThemeReport }) {
  const { lightAndShade, minGroupSize } = report;
  if (!lightAndShade.available || lightAndShade.pairs.length === 0) return null;
  return (
    <section class="card" aria-labelledby="light-shade-title">
      <h2 id="light-shade-title">Hopes and the fears beside them</h2>
      <p class="hint">Of the people who hope for something, how many also fear its shadow. Pairs held by fewer than {minGroupSize} people are not shown.</p>
      <ul class="bars">
        {lightAndShade.pairs.map((pair) => (
          <li key={`${pair.hope}-${pair.concern}`} class="bar-row">
            <span>
              <strong>{pair.hopeLabel}</strong> and <strong>{pair.concernLabel}</strong>
              <br />
              <span class="hint">{pair.why}</span>
            </span>
            <span class="bar-value">
              {formatShare(pair.share)} of {people(pair.holdHope)}
            </span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={{ width: `${pair.share * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
