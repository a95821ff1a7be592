import type { FacetsReply, ThemeBreakdownReply, ThemeCount } from '../api/api-types.js';
import { useApi } from '../api/use-api.js';
import { formatShare, people } from '../format/format-number.js';
import { languageName } from '../format/language-name.js';
import { apiQuery, type Filters } from '../routing/filters.js';
import { ErrorNotice } from '../ui/error-notice.js';
import { Loading } from '../ui/loading.js';

interface BreakdownProps {
  questionId: string;
  themes: readonly ThemeCount[];
  filters: Filters;
  facets: FacetsReply | undefined;
  /** "language", or a metadata key. */
  by: string;
  onBy: (by: string) => void;
}

/** The question's themes side by side per language or per value of a metadata key; small groups and cells folded. */
export function ThemeBreakdownTable({ questionId, themes, filters, facets, by, onBy }: BreakdownProps) {
  const { question: _question, ...rest } = filters;
  const byLanguage = by === 'language';
  const reply = useApi<ThemeBreakdownReply>(`/v1/themes/breakdown${apiQuery(rest, { question: questionId, by: byLanguage ? 'language' : 'metadata', key: byLanguage ? undefined : by })}`);
  const data = reply.data;
  const groupName = (group: string) => (byLanguage ? languageName(group) : group);
  return (
    <section class="card" aria-labelledby="breakdown-title">
      <div class="card-head">
        <h2 id="breakdown-title">Who holds each theme</h2>
        <div class="field">
          <label for="breakdown-by">Break down by</label>
          <select id="breakdown-by" class="select" value={by} onChange={(event) => onBy((event.currentTarget as HTMLSelectElement).value)}>
            <option value="language">Language</option>
            {facets?.metadata.map((m) => (
              <option key={m.key} value={m.key}>
                {m.key}
              </option>
            ))}
          </select>
        </div>
      </div>
      {reply.error ? <ErrorNotice error={reply.error} /> : null}
      {!data && reply.loading ? <Loading what="the breakdown" /> : null}
      {data && data.groups.length === 0 ? (
        <p class="hint">No group here holds {data.minGroupSize} people or more yet, so none is shown.</p>
      ) : null}
      {data && data.groups.length > 0 ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Share of people holding each theme, by {byLanguage ? 'language' : by}</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                {data.groups.map((g) => (
                  <th key={g.group} scope="col" class="number">
                    {groupName(g.group)}
                    <br />
                    <span class="hint">{people(g.respondents)}</span>
                  </th>
                ))}
                {data.otherGroups ? (
                  <th scope="col" class="number">
                    Other {byLanguage ? 'languages' : 'values'}
                    <br />
                    <span class="hint">{people(data.otherGroups.respondents)}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {themes.map((t) => (
                <tr key={t.theme}>
                  <th scope="row">{t.label}</th>
                  {data.groups.map((g) => {
                    const cell = g.themes.find((c) => c.theme === t.theme);
                    return (
                      <td key={g.group} class={cell ? 'number' : 'number cell-folded'}>
                        {cell ? (
                          formatShare(cell.share)
                        ) : (
                          <>
                            <span aria-hidden="true">–</span>
                            <span class="visually-hidden">fewer than {data.minGroupSize} people</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  {data.otherGroups ? <td class="number cell-folded">–</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data ? (
        <p class="hint">
          A dash marks fewer than {data.minGroupSize} people: a cell or a group that small is not shown on its own, so no one can be picked out.
          {data.otherGroups ? ` ${data.otherGroups.groups} smaller ${byLanguage ? 'languages are' : 'values are'} counted together as “Other”.` : ''}
        </p>
      ) : null}
    </section>
  );
}
