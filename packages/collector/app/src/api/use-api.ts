import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api-error.js';
import { getJson } from './api-client.js';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Reads again (after a change made elsewhere). */
  reload: () => void;
}

/** Reads `url` (null: nothing yet) and again whenever it changes; an older read in flight is dropped. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<{ url: string | null; data?: T; error?: ApiError; loading: boolean }>({ url, loading: url !== null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, url, loading: true }));
    getJson<T>(url, controller.signal).then(
      (data) => setState({ url, data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ url, error: error instanceof ApiError ? error : new ApiError(0, String(error)), loading: false });
      },
    );
    return () => controller.abort();
  }, [url, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
