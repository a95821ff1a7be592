import { useState } from 'preact/hooks';
import { request } from '../api/api-client.js';
import { ApiError } from '../api/api-error.js';
import type { FacetsReply, QuotesReply, QuoteStatus, QuoteWithText } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { formatCount } from '../format/format-number.js';
import { languageName } from '../format/language-name.js';
import { apiQuery, filtersFrom } from '../routing/filters.js';
import { useLocation } from '../routing/location.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';
import { TimeAgo } from '../ui/time-ago.js';

const COLUMNS: { status: QuoteStatus; title: string; empty: string }[] = [
  { status: 'pending', title: 'Waiting for a decision', empty: 'Nothing is waiting.' },
  { status: 'approved', title: 'Approved for publishing', empty: 'No quote is approved yet.' },
  { status: 'rejected', title: 'Not to be published', empty: 'None set aside.' },
];

const MOVES: Record<QuoteStatus, { to: QuoteStatus; label: string }[]> = {
  pending: [
    { to: 'approved', label: 'Approve' },
    { to: 'rejected', label: 'Set aside' },
  ],
  approved: [{ to: 'pending', label: 'Undo approval' }],
  rejected: [{ to: 'pending', label: 'Reconsider' }],
};

/**
 * Answers people allowed to be quoted, in themes large enough to show, as a board: waiting,
 * approved, set aside. Only approved quotes are exported for publishing.
 */
export function QuotesView() {
  const location = useLocation();
  const filters = filtersFrom(location.params);
  const quotes = useApi<QuotesReply>(`/v1/quotes${apiQuery(filters, { status: 'all', limit: 500 })}`);
  const facets = useApi<FacetsReply>(`/v1/facets${apiQuery({ survey: filters.survey })}`);
  const [moved, setMoved] = useState<Record<string, QuoteStatus>>({});
  const [error, setError] = useState<ApiError>();
  const [announcement, setAnnouncement] = useState('');
  const key = (q: QuoteWithText) => `${q.submissionId} ${q.questionId}`;
  const statusOf = (q: QuoteWithText) => moved[key(q)] ?? q.status;
  const prompt = (questionId: string) => facets.data?.questions.find((q) => q.questionId === questionId)?.prompt ?? questionId;

  const decide = async (quote: QuoteWithText, status: QuoteStatus, label: string) => {
    setError(undefined);
    try {
      await request('POST', `/v1/quotes/${encodeURIComponent(quote.submissionId)}/${encodeURIComponent(quote.questionId)}`, { body: { status } });
      setMoved((m) => ({ ...m, [key(quote)]: status }));
      setAnnouncement(`${label}: moved to “${COLUMNS.find((c) => c.status === status)!.title}”.`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };

  const items = quotes.data?.items ?? [];
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>Quotes</h1>
        <p>
          <a class="button" href={`/v1/quotes.csv${apiQuery(filters)}`} download>
            Download approved quotes (CSV)
          </a>
        </p>
      </div>
      <p class="hint">
        Only answers from people who allowed quoting, in themes large enough to be shown{quotes.data ? ` (${formatCount(quotes.data.minGroupSize)} people or more)` : ''}, can be
        published.
      </p>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {quotes.error ? <ErrorNotice error={quotes.error} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {!quotes.data && quotes.loading ? <Loading what="quotes" /> : null}
      {quotes.data ? (
        <div class="board">
          {COLUMNS.map((column) => {
            const inColumn = items.filter((q) => statusOf(q) === column.status);
            return (
              <section key={column.status} class="column" aria-labelledby={`column-${column.status}`}>
                <div class="column-head">
                  <h2 id={`column-${column.status}`}>{column.title}</h2>
                  <span class="badge">{formatCount(inColumn.length)}</span>
                </div>
                {inColumn.length === 0 ? <p class="hint">{column.empty}</p> : null}
                <ul class="quote-list">
                  {inColumn.map((q) => (
                    <li key={key(q)} class="quote">
                      <p class="prompt">{prompt(q.questionId)}</p>
                      <blockquote>{q.text}</blockquote>
                      {q.followUpText ? (
                        <div class="follow-up">
                          <p class="prompt">Their answer to the follow-up</p>
                          <p class="answer-text">{q.followUpText}</p>
                        </div>
                      ) : null}
                      <div class="tags">
                        {q.themes.map((t) => (
                          <span key={t.theme} class="badge">
                            {t.label}
                          </span>
                        ))}
                      </div>
                      <p class="hint">
                        {languageName(q.language)} · <TimeAgo iso={q.receivedAt} />
                      </p>
                      <div class="quote-actions">
                        {MOVES[statusOf(q)].map((move) => (
                          <button key={move.to} type="button" class={move.to === 'approved' ? 'button primary' : 'button'} onClick={() => decide(q, move.to, move.label)}>
                            {move.label}
                          </button>
                        ))}
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      ) : null}
    </>
  );
}
