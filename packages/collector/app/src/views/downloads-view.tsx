import { apiQuery, filtersFrom, FILTER_LABELS, type FilterKey } from '../routing/filters.js';
import { useLocation } from '../routing/location.js';
import { formatDay } from '../format/format-time.js';

interface Download {
  title: string;
  about: string;
  href: string;
  button: string;
}

/** Every file the results can be taken away as, for the filters in force. */
export function DownloadsView() {
  const location = useLocation();
  const filters = filtersFrom(location.params);
  const query = apiQuery(filters);
  const report = apiQuery({ survey: filters.survey, from: filters.from, to: filters.to });
  const active = (Object.keys(filters) as FilterKey[]).filter((k) => filters[k]);
  const downloads: Download[] = [
    {
      title: 'Report',
      about: 'One page anyone can read: the method, the counts, the themes with their ranges, and approved quotes. Open it in a browser and print it as a PDF.',
      href: `/v1/report.html${report}`,
      button: 'Download the report',
    },
    {
      title: 'One row per person’s submission (CSV)',
      about: 'For spreadsheets: a column for each question, its wording and its follow-up, and everything that came with the answers.',
      href: `/v1/submissions.csv${query}`,
      button: 'Download submissions',
    },
    {
      title: 'One row per answer (CSV)',
      about: 'For analysis tools: each answer on its own row, with its follow-up and the same details.',
      href: `/v1/answers.csv${query}`,
      button: 'Download answers',
    },
    {
      title: 'Everything as stored (JSON Lines)',
      about: 'Each submission exactly as it arrived, one per line, for your own scripts.',
      href: `/v1/answers.jsonl${query}`,
      button: 'Download JSON Lines',
    },
    {
      title: 'Themes (CSV)',
      about: 'The theme counts, shares and ranges, overall, by month and by language; only groups large enough to show.',
      href: `/v1/themes.csv${query}`,
      button: 'Download themes',
    },
    {
      title: 'Approved quotes (CSV)',
      about: 'The quotes you approved that may be published, without anything that identifies who said them.',
      href: `/v1/quotes.csv${query}`,
      button: 'Download quotes',
    },
  ];
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>Downloads</h1>
      </div>
      <p class="hint">
        {active.length === 0
          ? 'Every answer is included. Choose a survey or filter the answers first to download less.'
          : `Only what matches your filters: ${active.map((k) => `${FILTER_LABELS[k]} ${k === 'from' || k === 'to' ? describeDay(filters[k]!) : filters[k]}`).join(', ')}. The report covers the survey and dates only.`}
      </p>
      <section class="card" aria-labelledby="downloads-title">
        <h2 id="downloads-title" class="visually-hidden">
          Files
        </h2>
        <ul class="downloads">
          {downloads.map((d) => (
            <li key={d.title} class="download">
              <div>
                <h3>{d.title}</h3>
                <p class="hint">{d.about}</p>
              </div>
              <a class="button primary" href={d.href} download>
                {d.button}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function describeDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? formatDay(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
}
