import { useMemo } from 'preact/hooks';
import type { QuestionThemes } from '../api/api-types.js';
import { TimeChart } from '../charts/time-chart.js';
import { formatShare } from '../format/format-number.js';

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const monthDate = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, 1);
};

/** How the largest themes' shares changed month by month (months under the threshold show no share). */
export function ThemeTrend({ question }: { question: QuestionThemes }) {
  const top = question.overall.themes.slice(0, 5);
  const months = question.byMonth;
  const times = useMemo(() => months.map((m) => monthDate(m.month)), [question]);
  const series = useMemo(() => top.map((t) => ({ label: t.label, values: months.map((m) => m.themes.find((c) => c.theme === t.theme)?.share ?? null) })), [question]);
  return (
    <section class="card" aria-labelledby="trend-title">
      <h2 id="trend-title">Change over time</h2>
      {months.length < 2 ? (
        <p class="hint">Change over time shows once answers span more than one month.</p>
      ) : (
        <>
          <TimeChart
            times={times}
            series={series}
            kind="lines"
            format={(v) => formatShare(v)}
            summary={`Line chart of the share of people holding the ${top.length} largest themes, month by month, over ${months.length} months. The same figures are in the table below.`}
          />
          <details>
            <summary>Show as a table</summary>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Share of people per theme, by month received</caption>
                <thead>
                  <tr>
                    <th scope="col">Theme</th>
                    {months.map((m) => (
                      <th key={m.month} scope="col" class="number">
                        {monthFormat.format(monthDate(m.month))}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {top.map((t) => (
                    <tr key={t.theme}>
                      <th scope="row">{t.label}</th>
                      {months.map((m) => {
                        const cell = m.themes.find((c) => c.theme === t.theme);
                        return (
                          <td key={m.month} class={cell ? 'number' : 'number cell-folded'}>
                            {cell ? formatShare(cell.share) : 'too few'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
