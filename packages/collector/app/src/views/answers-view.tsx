import type { AnswersPage, FacetsReply } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { formatCount } from '../format/format-number.js';
import { apiQuery, filtersFrom, type Filters } from '../routing/filters.js';
import { Link } from '../routing/link.js';
import { hrefWith, navigate, useLocation } from '../routing/location.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';
import { FilterForm } from './filter-form.js';
import { SubmissionCard } from './submission-card.js';

export const PAGE_SIZE = 20;

/** Every answer, whole, newest first, with search and filters that live in the URL. */
export function AnswersView() {
  const location = useLocation();
  const filters = filtersFrom(location.params);
  const page = Math.max(1, Number.parseInt(location.params.get('page') ?? '1', 10) || 1);
  const answers = useApi<AnswersPage>(`/v1/answers${apiQuery(filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`);
  const facets = useApi<FacetsReply>(`/v1/facets${apiQuery({ survey: filters.survey })}`);
  const apply = (next: Filters) => navigate(hrefWith('/answers', next));
  const data = answers.error ? undefined : answers.data;
  const first = (page - 1) * PAGE_SIZE + 1;
  const pageHref = (n: number) => hrefWith('/answers', { ...filters, page: n > 1 ? String(n) : undefined });

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>Answers</h1>
        {data ? <p role="status">{data.total === 1 ? '1 submission' : `${formatCount(data.total)} submissions`}</p> : null}
      </div>
      <FilterForm
        key={location.href}
        filters={filters}
        facets={facets.data}
        invalid={answers.error?.parameter}
        errorId="filter-error"
        onApply={apply}
        onClear={() => apply(filters.survey ? { survey: filters.survey } : {})}
      />
      {answers.error ? <ErrorNotice error={answers.error} id="filter-error" /> : null}
      {!data && answers.loading ? <Loading what="answers" /> : null}
      {data && data.total === 0 ? (
        <section class="card empty">
          <h2>No answers match</h2>
          <p>Try fewer filters, or another search.</p>
        </section>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <ul class="submissions" aria-label="Submissions">
            {data.items.map((s) => (
              <li key={s.id}>
                <SubmissionCard submission={s} />
              </li>
            ))}
          </ul>
          <nav class="pager" aria-label="Pages">
            {page > 1 ? <Link href={pageHref(page - 1)}>← Newer</Link> : <span />}
            <span class="hint">
              {formatCount(first)}–{formatCount(first + data.items.length - 1)} of {formatCount(data.total)}
            </span>
            {first + data.items.length - 1 < data.total ? <Link href={pageHref(page + 1)}>Older →</Link> : <span />}
          </nav>
        </>
      ) : null}
    </>
  );
}
