import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../ui/loading.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { ApiError } from '../api/api-error.js';

let loaded: Promise<FunctionComponent> | undefined;
const load = () => (loaded ??= import('./questions-view.js').then((m) => m.QuestionsView));

/** The Questions view, fetched the first time it is opened: the other views do not pay for the editor. */
export function QuestionsViewLazy() {
  const [View, setView] = useState<{ view: FunctionComponent } | { error: ApiError } | undefined>();
  useEffect(() => {
    load().then(
      (view) => setView({ view }),
      () => {
        loaded = undefined; // a later visit tries again
        setView({ error: new ApiError(0, 'The editor could not be loaded. Reload the page to try again.') });
      },
    );
  }, []);
  if (!View) return <Loading what="the editor" />;
  if ('error' in View) return <ErrorNotice error={View.error} />;
  return <View.view />;
}
