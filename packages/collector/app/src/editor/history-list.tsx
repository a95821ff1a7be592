import type { DefinitionVersionSummary } from '../api/api-types.js';
import { exactTime } from '../format/format-time.js';
import { TimeAgo } from '../ui/time-ago.js';

/** Every version, newest first, each with when it was published; any but the published one can be brought back. */
export function HistoryList({
  versions,
  busy,
  onRollBack,
}: {
  versions: readonly DefinitionVersionSummary[];
  busy: boolean;
  onRollBack: (version: string) => void;
}) {
  return (
    <section class="card editor-section" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {versions.length === 0 ? (
        <p class="hint">Nothing published yet. The first version you publish appears here.</p>
      ) : (
        <>
          <p class="hint">Bringing a version back publishes its questions again as a new version: answers keep the version and wording they were asked in.</p>
          <ol class="history" reversed>
            {versions.map((v, i) => (
              <li key={v.version}>
                <div>
                  <strong>Version {v.version}</strong>
                  {i === 0 ? <span class="badge good">published</span> : null}
                  <div class="hint">
                    Published <TimeAgo iso={v.publishedAt} /> <span class="visually-hidden">({exactTime(v.publishedAt)})</span>
                    {v.restoredFrom ? `, bringing back version ${v.restoredFrom}` : ''}
                  </div>
                </div>
                {i === 0 ? null : (
                  <button type="button" class="button small" disabled={busy} onClick={() => onRollBack(v.version)}>
                    Bring back version {v.version}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
