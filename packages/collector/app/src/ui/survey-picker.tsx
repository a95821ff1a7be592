import type { SurveySummary } from '../api/api-types.js';
import { filtersFrom } from '../routing/filters.js';
import { hrefWith, navigate, useLocation } from '../routing/location.js';

/** Which survey every view shows: all of them, or one (kept in the URL as `survey`). */
export function SurveyPicker({ surveys }: { surveys: readonly SurveySummary[] }) {
  const location = useLocation();
  const current = location.params.get('survey') ?? '';
  const choose = (event: Event) => {
    const survey = (event.currentTarget as HTMLSelectElement).value;
    const { version: _version, ...filters } = filtersFrom(location.params);
    navigate(hrefWith(location.path, { ...filters, survey }));
  };
  const known = surveys.some((s) => s.surveyId === current);
  return (
    <div class="field survey-picker">
      <label for="survey-picker">Survey</label>
      <select id="survey-picker" class="select" value={current} onChange={choose}>
        <option value="">All surveys</option>
        {surveys.map((s) => (
          <option key={s.surveyId} value={s.surveyId}>
            {s.surveyId}
            {s.sampleData ? ' (sample data)' : ''}
          </option>
        ))}
        {current && !known ? <option value={current}>{current}</option> : null}
      </select>
    </div>
  );
}
