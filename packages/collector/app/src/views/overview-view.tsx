import { useMemo } from 'preact/hooks';
import type { OverviewReply } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { TimeChart } from '../charts/time-chart.js';
import { formatCount, formatShare } from '../format/format-number.js';
import { formatDay } from '../format/format-time.js';
import { languageName } from '../format/language-name.js';
import { apiQuery, filtersFrom } from '../routing/filters.js';
import { Link } from '../routing/link.js';
import { hrefWith, navigate, useLocation } from '../routing/location.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';
import { SubmissionCard } from './submission-card.js';

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** A YYYY-MM-DD day as a local date. */
const localDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
};

/** Submissions, people, finished and partial, languages, answers per day or week, the latest answers. */
export function OverviewView() {
  const location = useLocation();
  const filters = filtersFrom(location.params);
  const bucket = location.params.get('bucket') === 'week' ? 'week' : 'day';
  const overview = useApi<OverviewReply>(`/v1/overview${apiQuery(filters, { tz: timeZone(), bucket })}`);
  const data = overview.data;

  const setBucket = (next: 'day' | 'week') => navigate(hrefWith('/', { ...filters, bucket: next === 'day' ? undefined : next }), { replace: true });
  const times = useMemo(() => data?.timeline.points.map((p) => localDate(p.start)) ?? [], [data]);
  const series = useMemo(() => [{ label: 'Submissions', values: data?.timeline.points.map((p) => p.submissions) ?? [] }], [data]);

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>Overview</h1>
        {data && data.firstReceivedAt && data.lastReceivedAt ? (
          <p>
            Answers received {formatDay(new Date(data.firstReceivedAt))} to {formatDay(new Date(data.lastReceivedAt))}
          </p>
        ) : null}
      </div>
      {overview.error ? <ErrorNotice error={overview.error} /> : null}
      {!data && overview.loading ? <Loading what="the overview" /> : null}
      {data && data.submissions === 0 ? (
        <section class="card empty">
          <h2>No answers here yet</h2>
          <p>When people answer your survey, their answers appear here within seconds.</p>
        </section>
      ) : null}
      {data && data.submissions > 0 ? (
        <>
          <h2 class="visually-hidden">Totals</h2>
          <dl class="stats">
            <Stat label="Submissions" value={data.submissions} />
            <Stat label="People" value={data.people} />
            <Stat label="Finished" value={data.finished} />
            <Stat label="Left part-way" value={data.partial} />
          </dl>
          <section class="card" aria-labelledby="timeline-title">
            <div class="card-head">
              <h2 id="timeline-title">Submissions per {bucket}</h2>
              <div class="segmented" role="group" aria-label="Group by">
                <button type="button" aria-pressed={bucket === 'day'} onClick={() => setBucket('day')}>
                  Day
                </button>
                <button type="button" aria-pressed={bucket === 'week'} onClick={() => setBucket('week')}>
                  Week
                </button>
              </div>
            </div>
            <TimeChart
              times={times}
              series={series}
              kind="bars"
              format={(v) => formatCount(Math.round(v))}
              summary={`Bar chart of submissions per ${bucket}: ${formatCount(data.submissions)} in all over ${countOfBuckets(data.timeline.points.length, bucket)}. The same figures are in the table below.`}
            />
            <details>
              <summary>Show as a table</summary>
              <div class="table-wrap">
                <table>
                  <caption class="visually-hidden">Submissions per {bucket}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{bucket === 'day' ? 'Day' : 'Week starting'}</th>
                      <th scope="col" class="number">
                        Submissions
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.timeline.points.map((p) => (
                      <tr key={p.start}>
                        <td>{formatDay(localDate(p.start))}</td>
                        <td class="number">{formatCount(p.submissions)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </section>
          <div class="grid-2">
            <section class="card" aria-labelledby="languages-title">
              <h2 id="languages-title">Languages</h2>
              <ul class="bars">
                {data.languages.map((l) => (
                  <li key={l.language} class="bar-row">
                    <span>{languageName(l.language)}</span>
                    <span class="bar-value">
                      {formatCount(l.submissions)} · {formatShare(l.submissions / data.submissions)}
                    </span>
                    <span class="bar-track" aria-hidden="true">
                      <span class="bar-fill" style={{ width: `${(l.submissions / data.submissions) * 100}%` }} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section class="card" aria-labelledby="questions-title">
              <h2 id="questions-title">Questions answered</h2>
              <ul class="bars">
                {data.questions.map((q) => (
                  <li key={q.questionId} class="bar-row">
                    <span>{q.prompt}</span>
                    <span class="bar-value">{formatCount(q.answered)}</span>
                    <span class="bar-track" aria-hidden="true">
                      <span class="bar-fill" style={{ width: `${(q.answered / data.submissions) * 100}%` }} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
          <section class="card" aria-labelledby="latest-title">
            <div class="card-head">
              <h2 id="latest-title">Latest answers</h2>
              <Link href={hrefWith('/answers', filters)}>See every answer</Link>
            </div>
            <ul class="submissions">
              {data.latest.map((s) => (
                <li key={s.id}>
                  <SubmissionCard submission={s} headingLevel={3} compact />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}

const countOfBuckets = (n: number, bucket: string) => `${formatCount(n)} ${bucket}${n === 1 ? '' : 's'} with answers`;

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div class="stat">
      <dt>{label}</dt>
      <dd>{formatCount(value)}</dd>
    </div>
  );
}
