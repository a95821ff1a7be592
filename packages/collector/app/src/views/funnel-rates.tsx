import type { FunnelRate, FunnelReply } from '../api/api-types.js';
import { describeCompletionRate, describeResponseRate, rateWithRange } from '../format/describe-rate.js';
import { formatCount, formatShare } from '../format/format-number.js';
import { languageName } from '../format/language-name.js';

const at = (share: number) => `${Math.min(100, Math.max(0, share * 100))}%`;

/** A rate as a bar from 0 to 100 % with its 95 % range; drawn only: the same figures are always written beside it. */
function RateBar({ rate }: { rate: FunnelRate }) {
  if (rate.value === null || rate.low === null || rate.high === null) return null;
  return (
    <span class="rate-track" aria-hidden="true">
      <span class="rate-fill" style={{ width: at(rate.value) }} />
      <span class="rate-range" style={{ left: at(rate.low), width: `calc(${at(rate.high)} - ${at(rate.low)})` }} />
    </span>
  );
}

/** The response and completion rates in plain sentences, each with its range drawn under it. */
export function FunnelRates({ funnel }: { funnel: FunnelReply }) {
  return (
    <div class="grid-2">
      <section class="card" aria-labelledby="response-title">
        <h2 id="response-title">Response rate</h2>
        {funnel.responseRate.value !== null ? (
          <p class="rate-figure" aria-hidden="true">
            {formatShare(funnel.responseRate.value)}
          </p>
        ) : null}
        <p>{describeResponseRate(funnel.responseRate)}</p>
        <RateBar rate={funnel.responseRate} />
        <p class="hint">Answered: finished after an invitation. Questions opened with your product’s own button count towards completion, not here.</p>
      </section>
      <section class="card" aria-labelledby="completion-title">
        <h2 id="completion-title">Completion rate</h2>
        {funnel.completionRate.value !== null ? (
          <p class="rate-figure" aria-hidden="true">
            {formatShare(funnel.completionRate.value)}
          </p>
        ) : null}
        <p>{describeCompletionRate(funnel.completionRate)}</p>
        <RateBar rate={funnel.completionRate} />
        <p class="hint">Finished per start, whatever brought the questions up: an invitation or your own button.</p>
      </section>
    </div>
  );
}

function RateCell({ rate, none }: { rate: FunnelRate; none: string }) {
  const figure = rateWithRange(rate);
  return (
    <td class="rate-cell">
      {figure === null ? (
        <>
          <span aria-hidden="true">–</span>
          <span class="visually-hidden">{none}</span>
        </>
      ) : (
        <>
          <span>{figure}</span>
          <RateBar rate={rate} />
        </>
      )}
    </td>
  );
}

/**
 * The rates language by language, side by side: bars with their ranges show at a glance where
 * the ranges part (a real difference) and where they overlap (perhaps chance); every figure is
 * written in the cell too.
 */
export function FunnelLanguages({ funnel }: { funnel: FunnelReply }) {
  return (
    <section class="card" aria-labelledby="languages-title">
      <h2 id="languages-title">By language</h2>
      <div class="table-wrap" tabIndex={0} role="group" aria-labelledby="languages-title">
        <table class="funnel-table">
          <caption class="visually-hidden">Response and completion rates by language, each with its 95% range</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col" class="number">
                Invited
              </th>
              <th scope="col">Response rate (95% range)</th>
              <th scope="col" class="number">
                Started
              </th>
              <th scope="col">Completion rate (95% range)</th>
            </tr>
          </thead>
          <tbody>
            {funnel.languages.map((l) => (
              <tr key={l.language}>
                <th scope="row">{languageName(l.language)}</th>
                <td class="number">{formatCount(l.counts.invited)}</td>
                <RateCell rate={l.responseRate} none="no invitation counted" />
                <td class="number">{formatCount(l.counts.started)}</td>
                <RateCell rate={l.completionRate} none="nobody started" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">Bars run from 0 to 100%; the line across each is its 95% range. Where two languages’ ranges overlap, the difference may be chance.</p>
    </section>
  );
}
