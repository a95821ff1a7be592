import type { FunnelEventName } from '@candor/protocol';
import type { FunnelReply } from '../api/api-types.js';
import { formatCount } from '../format/format-number.js';
import { languageName } from '../format/language-name.js';

/** Each moment's name on screen, and when the widget counts it, in the order a person meets them. */
export const MOMENTS = {
  invited: { label: 'Invited', when: 'the invitation appeared' },
  opened: { label: 'Opened', when: 'the questions appeared, from the invitation or your own button' },
  declined: { label: 'Declined', when: '“No thanks”' },
  postponed: { label: 'Postponed', when: '“Not now”, or × on the invitation' },
  dismissed: { label: 'Dismissed', when: 'the questions closed with nothing sent' },
  started: { label: 'Started', when: 'a first answer was typed' },
  finished: { label: 'Finished', when: 'Finish, with at least one answer' },
  partial: { label: 'Partial', when: 'what was answered part-way was sent' },
  withdrawn: { label: 'Withdrawn', when: 'the person withdrew their answers' },
} satisfies Record<FunnelEventName, { label: string; when: string }>;

const ORDER = Object.keys(MOMENTS) as FunnelEventName[];

/**
 * How many times each moment happened, in every language together and in each: a table, since
 * the moments branch (declined and opened both follow an invitation, and the product's own button
 * opens without one), so a funnel drawing would show a drop-off that is not there.
 */
export function FunnelMoments({ funnel }: { funnel: FunnelReply }) {
  const languages = funnel.languages.length > 1 ? funnel.languages : [];
  return (
    <section class="card" aria-labelledby="moments-title">
      <h2 id="moments-title">Each moment, counted</h2>
      <div class="table-wrap" tabIndex={0} role="group" aria-labelledby="moments-title">
        <table class="funnel-table">
          <caption class="visually-hidden">How many times each moment happened{languages.length > 0 ? ', in every language and in each' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Moment</th>
              <th scope="col" class="number">
                {languages.length > 0 ? 'Every language' : funnel.languages[0] ? languageName(funnel.languages[0].language) : 'Count'}
              </th>
              {languages.map((l) => (
                <th key={l.language} scope="col" class="number">
                  {languageName(l.language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ORDER.map((event) => (
              <tr key={event}>
                <th scope="row" class="moment">
                  {MOMENTS[event].label}
                  <span class="hint">{MOMENTS[event].when}</span>
                </th>
                <td class="number">{formatCount(funnel.counts[event])}</td>
                {languages.map((l) => (
                  <td key={l.language} class="number">
                    {formatCount(l.counts[event])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
