import { useState } from 'preact/hooks';
import type { DefinitionHistoryReply, FacetsReply, PublishedSurveysReply, SurveysReply } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { apiQuery } from '../routing/filters.js';
import { Link } from '../routing/link.js';
import { hrefWith, navigate, useLocation } from '../routing/location.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';
import { SurveyEditor } from '../editor/survey-editor.js';
import '../styles/editor.css';

/** The survey's questions, texts and asking rules, edited and published without a deploy (the survey chosen above), or a survey to choose. */
export function QuestionsView() {
  const location = useLocation();
  const surveyId = location.params.get('survey') ?? '';
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>Questions</h1>
        <p>{surveyId ? `What survey “${surveyId}” asks, in which languages, and when` : 'Change what a survey asks without a deploy'}</p>
      </div>
      {surveyId ? <EditSurvey key={surveyId} surveyId={surveyId} /> : <ChooseSurvey />}
    </>
  );
}

function EditSurvey({ surveyId }: { surveyId: string }) {
  const history = useApi<DefinitionHistoryReply>(`/v1/surveys/${encodeURIComponent(surveyId)}/definitions`);
  // A survey never published starts from the questions its answers were asked.
  const facets = useApi<FacetsReply>(history.data && !history.data.current ? `/v1/facets${apiQuery({ survey: surveyId })}` : null);
  if (history.error) return <ErrorNotice error={history.error} />;
  if (!history.data || (!history.data.current && facets.loading)) return <Loading what="the survey’s questions" />;
  const publicUrl = `${window.location.origin}/v1/surveys/${encodeURIComponent(surveyId)}`;
  return (
    <>
      <div class="card where-read">
        <p>
          Widgets read the published version from <code>{publicUrl}</code>: give it to the widget as <code>surveyUrl</code> (on the script tag,{' '}
          <code>data-survey-url="{publicUrl}"</code>). Answers keep the version and the wording they were asked in.
        </p>
      </div>
      <SurveyEditor surveyId={surveyId} history={history.data} asked={facets.data?.questions ?? []} onChanged={history.reload} />
    </>
  );
}

/** Every survey with answers or a published definition, to edit; or a new one, by id. */
function ChooseSurvey() {
  const answered = useApi<SurveysReply>('/v1/surveys');
  const published = useApi<PublishedSurveysReply>('/v1/definitions');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const ids = [...new Set([...(published.data?.surveys ?? []).map((s) => s.surveyId), ...(answered.data?.surveys ?? []).map((s) => s.surveyId)])];
  const versions = new Map((published.data?.surveys ?? []).map((s) => [s.surveyId, s.version]));
  const start = (event: Event) => {
    event.preventDefault();
    const id = typed.trim();
    if (id === '' || id.length > 100) return setProblem('Write the survey’s id: the surveyId your widget sends, up to 100 characters.');
    navigate(hrefWith('/questions', { survey: id }));
  };
  return (
    <>
      {answered.error ? <ErrorNotice error={answered.error} /> : published.error ? <ErrorNotice error={published.error} /> : null}
      <section class="card" aria-labelledby="surveys-title">
        <h2 id="surveys-title">Choose a survey</h2>
        {answered.loading || published.loading ? <Loading what="the surveys" /> : null}
        {ids.length > 0 ? (
          <ul class="survey-links">
            {ids.map((id) => (
              <li key={id}>
                <Link href={hrefWith('/questions', { survey: id })}>{id}</Link>{' '}
                <span class="hint">{versions.has(id) ? `version ${versions.get(id)} published` : 'nothing published yet'}</span>
              </li>
            ))}
          </ul>
        ) : !answered.loading && !published.loading ? (
          <p class="hint">No survey has answers or published questions yet.</p>
        ) : null}
      </section>
      <form class="card" onSubmit={start} noValidate aria-labelledby="new-survey-title">
        <h2 id="new-survey-title">Start a new survey</h2>
        <div class="field">
          <label for="new-survey">Survey id</label>
          <div class="inline-input">
            <input
              id="new-survey"
              value={typed}
              spellcheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'new-survey-error new-survey-hint' : 'new-survey-hint'}
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="button primary">
              Write its questions
            </button>
          </div>
          <p class="hint" id="new-survey-hint">
            The id answers are kept under, like “checkout-study”.
          </p>
          {problem ? (
            <p class="field-error" id="new-survey-error">
              {problem}
            </p>
          ) : null}
        </div>
      </form>
    </>
  );
}
