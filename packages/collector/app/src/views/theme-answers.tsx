import type { ThemeAnswersReply } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { countOf } from '../format/format-number.js';
import { languageName } from '../format/language-name.js';
import { apiQuery, type Filters } from '../routing/filters.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';
import { TimeAgo } from '../ui/time-ago.js';

/** The answers of one theme, newest first (the first 50), with their follow-ups. */
export function ThemeAnswers({ questionId, theme, filters, onClose }: { questionId: string; theme: string; filters: Filters; onClose: () => void }) {
  const { question: _question, ...rest } = filters;
  const answers = useApi<ThemeAnswersReply>(`/v1/themes/answers${apiQuery(rest, { questionId, theme, limit: 50 })}`);
  const data = answers.data;
  return (
    <section class="card" aria-labelledby="theme-answers-title">
      <div class="card-head">
        <h2 id="theme-answers-title" tabIndex={-1}>
          {data ? `“${data.label}”: ${countOf(data.total, 'answer')}` : 'Answers in this theme'}
        </h2>
        <button type="button" class="button" onClick={onClose}>
          Close
        </button>
      </div>
      {answers.error ? <ErrorNotice error={answers.error} /> : null}
      {!data && answers.loading ? <Loading what="the theme’s answers" /> : null}
      {data ? (
        <ul class="quote-list">
          {data.items.map((item) => (
            <li key={item.submissionId} class="quote">
              <blockquote>{item.text}</blockquote>
              {item.followUpText ? (
                <div class="follow-up">
                  <p class="prompt">Their answer to the follow-up</p>
                  <p class="answer-text">{item.followUpText}</p>
                </div>
              ) : null}
              <p class="hint">
                {languageName(item.locale)} · <TimeAgo iso={item.receivedAt} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {data && data.total > data.items.length ? <p class="hint">The newest {data.items.length} are shown. Filter by date to read others.</p> : null}
    </section>
  );
}
