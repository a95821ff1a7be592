import { useState } from 'preact/hooks';
import { request } from '../api/api-client.js';
import { ApiError } from '../api/api-error.js';
import type { SampleDataRemoved, SurveysReply } from '../api/api-types.js';
import type { ApiState } from '../api/use-api.js';
import { formatCount } from '../format/format-number.js';
import { hrefWith, navigate, useLocation } from '../routing/location.js';

/** Says plainly when sample data is on show, and removes it in one step. */
export function SampleDataNotice({ surveys }: { surveys: ApiState<SurveysReply> }) {
  const location = useLocation();
  const [state, setState] = useState<{ busy: boolean; error?: string; removed?: number }>({ busy: false });
  const list = surveys.data?.surveys ?? [];
  const selected = location.params.get('survey');
  const sample = list.filter((s) => s.sampleData && (!selected || s.surveyId === selected));
  if (state.removed !== undefined) {
    return (
      <p class="notice info" role="status">
        Sample data removed ({formatCount(state.removed)} made-up submissions).
      </p>
    );
  }
  if (sample.length === 0) return null;
  const remove = async () => {
    setState({ busy: true });
    try {
      const { removed } = await request<SampleDataRemoved>('DELETE', '/v1/sample-data');
      setState({ busy: false, removed });
      if (selected && sample.some((s) => s.surveyId === selected)) navigate(hrefWith(location.path, {}), { replace: true });
      surveys.reload();
    } catch (error) {
      setState({ busy: false, error: error instanceof ApiError ? error.plain : String(error) });
    }
  };
  const submissions = sample.reduce((sum, s) => sum + s.submissions, 0);
  return (
    <div class="notice info sample-notice">
      <p>
        <strong>Sample data.</strong> {selected ? 'This survey holds' : 'One survey here holds'} {formatCount(submissions)} answers from made-up people, so you can see
        what results look like before your own arrive.{' '}
        <button type="button" class="button" onClick={remove} disabled={state.busy}>
          Remove sample data
        </button>
      </p>
      {state.error ? <p role="alert">{state.error}</p> : null}
    </div>
  );
}
