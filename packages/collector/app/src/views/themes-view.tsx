import type { FacetsReply, QuestionThemes, ThemeReport } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { formatCount, formatShare, people } from '../format/format-number.js';
import { apiQuery, filtersFrom } from '../routing/filters.js';
import { hrefWith, navigate, useLocation } from '../routing/location.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';
import { ThemeAnswers } from './theme-answers.js';
import { ThemeBars } from './theme-bars.js';
import { ThemeBreakdownTable } from './theme-breakdown.js';
import { ThemeTrend } from './theme-trend.js';
import { LightAndShadeSection } from './light-and-shade.js';

/** What people's answers are about, per question: shares with their range beside the study's, breakdowns, change over time. */
export function ThemesView() {
  const location = useLocation();
  const filters = filtersFrom(location.params);
  const { question: chosen, ...rest } = filters;
  const report = useApi<ThemeReport>(`/v1/themes${apiQuery(rest)}`);
  const facets = useApi<FacetsReply>(`/v1/facets${apiQuery({ survey: filters.survey })}`);
  const questions = report.data?.questions ?? [];
  const question = questions.find((q) => q.questionId === chosen) ?? questions[0];
  const theme = location.params.get('theme');
  const by = location.params.get('by') ?? 'language';
  const prompt = (questionId: string) => facets.data?.questions.find((q) => q.questionId === questionId)?.prompt ?? `Question “${questionId}”`;
  const go = (extra: Record<string, string | undefined>, replace = false) =>
    navigate(hrefWith('/themes', { ...filters, question: question?.questionId, by: by === 'language' ? undefined : by, theme: theme ?? undefined, ...extra }), { replace });

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>Themes</h1>
        {report.data ? <p>Groups shown only with {formatCount(report.data.minGroupSize)} people or more</p> : null}
      </div>
      {report.error ? <ErrorNotice error={report.error} /> : null}
      {!report.data && report.loading ? <Loading what="themes" /> : null}
      {report.data && questions.length === 0 ? (
        <section class="card empty">
          <h2>No themes yet</h2>
          <p>Themes appear once enough people have answered and their answers have been read, usually within a minute of arriving.</p>
        </section>
      ) : null}
      {question ? (
        <>
          <div class="field">
            <label for="theme-question">Question</label>
            <select id="theme-question" class="select" value={question.questionId} onChange={(e) => go({ question: (e.currentTarget as HTMLSelectElement).value, theme: undefined })}>
              {questions.map((q) => (
                <option key={q.questionId} value={q.questionId}>
                  {prompt(q.questionId)}
                </option>
              ))}
            </select>
          </div>
          {question.method === 'local' ? (
            <NoModel question={question} />
          ) : (
            <>
              <section class="card" aria-labelledby="themes-title">
                <div class="card-head">
                  <h2 id="themes-title">{prompt(question.questionId)}</h2>
                  <span class="hint">
                    {people(question.overall.respondents)} answered · labelled by {question.labelledBy}
                  </span>
                </div>
                <ThemeBars breakdown={question.overall} minGroupSize={report.data!.minGroupSize} onOpen={(t) => go({ theme: t })} />
                {question.overall.notClassified.respondents > 0 ? (
                  <p class="hint">
                    Not classified: {people(question.overall.notClassified.respondents)} ({formatShare(question.overall.notClassified.share)}), whose answers fit none of the
                    categories.
                  </p>
                ) : null}
                <p class="hint">
                  The range is where the share would plausibly fall if many more people like these answered (95% confidence). {method(question)}
                </p>
              </section>
              {theme ? <ThemeAnswers key={theme} questionId={question.questionId} theme={theme} filters={filters} onClose={() => go({ theme: undefined })} /> : null}
              <ThemeBreakdownTable questionId={question.questionId} themes={question.overall.themes} filters={filters} facets={facets.data} by={by} onBy={(b) => go({ by: b === 'language' ? undefined : b }, true)} />
              <ThemeTrend question={question} />
              <LightAndShadeSection report={report.data!} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}

function method(question: QuestionThemes): string {
  if (question.method === 'model') return `Each answer was sorted into the study’s categories by a language model (${question.labelledBy}).`;
  return 'Each answer was sorted into the study’s categories by matching words and phrases, without a language model; check the answers behind a theme before quoting its share.';
}

/** Without a model there are no categories to count: say so, and keep the word groups out of the findings. */
function NoModel({ question }: { question: QuestionThemes }) {
  return (
    <section class="card" aria-labelledby="no-model-title">
      <h2 id="no-model-title">These answers are not sorted into themes</h2>
      <p>
        This collector has no language model to read the answers, so it cannot tell which of the study’s categories each one belongs to. Read the answers
        themselves, or ask whoever runs the collector to connect a model.
      </p>
      <details>
        <summary>Groups of answers that share words (not findings)</summary>
        <p class="hint">
          Grouping answers by the words they share is close to chance on our tests: answers in one group are often about different things. They are a starting point for
          reading, not results to report.
        </p>
        <ul>
          {question.overall.themes.map((t) => (
            <li key={t.theme}>
              {t.label} ({people(t.respondents)})
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
