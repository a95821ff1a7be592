import type { FacetsReply, FunnelReply } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { apiQuery, filtersFrom, FILTER_LABELS, type Filters } from '../routing/filters.js';
import { hrefWith, navigate, useLocation } from '../routing/location.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';
import { FUNNEL_FILTER_KEYS, FunnelFilterForm } from './funnel-filter-form.js';
import { FunnelMoments } from './funnel-moments.js';
import { FunnelLanguages, FunnelRates } from './funnel-rates.js';
import '../styles/funnel.css';

/** Filters of the other views that say something about answers, which the counts know nothing of. */
const ANSWER_ONLY = ['question', 'q', 'partial', 'consent', 'metaKey', 'metaValue'] as const;

/**
 * The funnel's read: the survey, version and language as they are, and the days as days (UTC),
 * since the counts are kept per day: unlike the other views, no local midnights are sent.
 */
export function funnelQuery(filters: Filters): string {
  const query = new URLSearchParams();
  for (const key of ['survey', ...FUNNEL_FILTER_KEYS] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

const nothingCounted = (funnel: FunnelReply) => Object.values(funnel.counts).every((n) => n === 0);

/** Who was asked and who answered: the widget's counted moments per survey and by language, the two rates with their ranges, and how they are counted. */
export function FunnelView() {
  const location = useLocation();
  const filters = filtersFrom(location.params);
  const funnel = useApi<FunnelReply>(`/v1/funnel${funnelQuery(filters)}`);
  const facets = useApi<FacetsReply>(`/v1/facets${apiQuery({ survey: filters.survey })}`);
  const data = funnel.error ? undefined : funnel.data;
  // Filters of the other views stay in the URL (they apply again there); the counts ignore them.
  const apply = (chosen: Partial<Filters>) => {
    const kept: Filters = { ...filters };
    for (const key of FUNNEL_FILTER_KEYS) delete kept[key];
    navigate(hrefWith('/funnel', { ...kept, ...chosen }));
  };
  const ignored = ANSWER_ONLY.filter((key) => filters[key]);
  const narrowed = FUNNEL_FILTER_KEYS.some((key) => filters[key]);

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>Who answered</h1>
        <p>
          {filters.survey ? `Survey “${filters.survey}”` : 'Every survey together (choose one above to see its own)'}, counted on people’s devices without identifying
          anyone
        </p>
      </div>
      <FunnelFilterForm
        key={location.href}
        filters={filters}
        facets={facets.data}
        languages={funnel.data?.languages.map((l) => l.language) ?? []}
        invalid={funnel.error?.parameter}
        errorId="funnel-error"
        onApply={apply}
        onClear={() => apply({})}
      />
      {ignored.length > 0 ? (
        <p class="notice info">
          {ignored.map((key) => `“${FILTER_LABELS[key]}”`).join(', ')} {ignored.length === 1 ? 'applies' : 'apply'} to answers, not to these counts: nothing about
          what anyone answered is kept with them. {ignored.length === 1 ? 'It stays' : 'They stay'} in force in the other views.
        </p>
      ) : null}
      {funnel.error ? <ErrorNotice error={funnel.error} id="funnel-error" /> : null}
      {!data && funnel.loading ? <Loading what="the counts" /> : null}
      {data && nothingCounted(data) ? <NothingCounted survey={Boolean(filters.survey)} filtered={narrowed} /> : null}
      {data && !nothingCounted(data) ? (
        <>
          <FunnelRates funnel={data} />
          <FunnelMoments funnel={data} />
          <FunnelLanguages funnel={data} />
          <HowCounted />
        </>
      ) : null}
    </>
  );
}

/** Nothing counted yet: how counting starts, and what stops it. */
function NothingCounted({ survey, filtered }: { survey: boolean; filtered: boolean }) {
  const title = filtered ? 'Nothing was counted for these filters' : survey ? 'Nothing counted for this survey yet' : 'Nothing counted yet';
  return (
    <section class="card empty funnel-empty" aria-labelledby="nothing-title">
      <h2 id="nothing-title">{title}</h2>
      <p>
        Counting starts on its own: the widget’s <code>countEvents</code> option is on by default, so each invitation, opening, “No thanks” and finished answer is counted
        on the day it happens, and sent to this collector when the page is hidden.
      </p>
      <p>
        Nothing is counted where it was turned off (<code>countEvents: false</code>, or <code>data-count-events="false"</code> on the script tag), or where answers go
        through a <code>transport</code>, a named <code>destination</code>, <code>headers</code>, or an endpoint that does not end in <code>/answers</code>.
      </p>
      {filtered ? <p>Try other days, another version or language, or clear the filters.</p> : null}
    </section>
  );
}

/** The method, beside the figures it qualifies. */
function HowCounted() {
  return (
    <section class="card" aria-labelledby="method-title">
      <h2 id="method-title">How these are counted</h2>
      <ul class="method">
        <li>
          <strong>Moments, not people.</strong> Nobody is identified, so someone who says “Not now” on two days counts twice, and nothing here can be traced to a person
          or an answer.
        </li>
        <li>
          <strong>A few may be lost, none counted twice.</strong> Counts travel in one beacon when the page is hidden; a collector that is down or a browser that quits
          first loses them. A beacon is never sent again, so no moment is counted twice. Answers themselves always arrive exactly once.
        </li>
        <li>
          <strong>Opened can exceed invited:</strong> your product’s own button opens the questions without an invitation.
        </li>
        <li>
          <strong>Rates.</strong> Response rate: finished after an invitation, per invitation shown. Completion rate: finished per start (a first answer typed). In
          brackets, the 95% range (Wilson interval): where the rate would plausibly fall over many more askings like these.
        </li>
        <li>
          <strong>Days are UTC days</strong>, without times; languages by their main part (Brazilian and European Portuguese together).
        </li>
      </ul>
    </section>
  );
}
