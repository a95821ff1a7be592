import type { ApiError } from '../api/api-error.js';

/** What went wrong, in the collector's words (a refused filter by its label), announced to screen readers. */
export function ErrorNotice({ error, id }: { error: ApiError; id?: string }) {
  return (
    <div class="notice error" role="alert" id={id}>
      {error.plain}
    </div>
  );
}
