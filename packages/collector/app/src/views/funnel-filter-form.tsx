import type { FacetsReply } from '../api/api-types.js';
import { languageName } from '../format/language-name.js';
import type { Filters } from '../routing/filters.js';

/** The filters the funnel's counts can be narrowed by (the survey comes from the picker above). */
export const FUNNEL_FILTER_KEYS = ['locale', 'version', 'from', 'to'] as const;
export type FunnelFilterKey = (typeof FUNNEL_FILTER_KEYS)[number];

interface FunnelFilterFormProps {
  filters: Filters;
  facets: FacetsReply | undefined;
  /** Languages the counts hold (primary subtags), beside those the answers hold. */
  languages: readonly string[];
  /** The parameter the collector refused, if any: its field is marked and points at the message. */
  invalid: string | undefined;
  errorId: string;
  onApply: (chosen: Partial<Record<FunnelFilterKey, string>>) => void;
  onClear: () => void;
}

/** Language, survey version and days for the funnel; applied together, kept in the URL like every view's filters. */
export function FunnelFilterForm({ filters, facets, languages, invalid, errorId, onApply, onClear }: FunnelFilterFormProps) {
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const chosen: Partial<Record<FunnelFilterKey, string>> = {};
    for (const key of FUNNEL_FILTER_KEYS) {
      const value = form.get(key);
      if (typeof value === 'string' && value.trim() !== '') chosen[key] = value.trim();
    }
    onApply(chosen);
  };
  const mark = (key: FunnelFilterKey) => (invalid === key ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
  const versions = [...new Set(facets?.versions.filter((v) => !filters.survey || v.surveyId === filters.survey).map((v) => v.version) ?? [])];
  const languageTags = [...new Set([...languages, ...(facets?.languages.map((l) => l.language) ?? [])])];
  if (filters.locale && !languageTags.includes(filters.locale)) languageTags.push(filters.locale);
  if (filters.version && !versions.includes(filters.version)) versions.push(filters.version);

  return (
    <form class="card filters" role="search" aria-label="Filter the counts" onSubmit={submit}>
      <div class="field">
        <label for="funnel-locale">Language</label>
        <select id="funnel-locale" name="locale" defaultValue={filters.locale ?? ''} {...mark('locale')}>
          <option value="">Every language</option>
          {languageTags.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="funnel-version">Survey version</label>
        <select id="funnel-version" name="version" defaultValue={filters.version ?? ''} {...mark('version')}>
          <option value="">Any version</option>
          {versions.map((version) => (
            <option key={version} value={version}>
              Version {version}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="funnel-from">From (UTC day)</label>
        <input id="funnel-from" name="from" type="date" defaultValue={filters.from ?? ''} {...mark('from')} />
      </div>
      <div class="field">
        <label for="funnel-to">To (UTC day)</label>
        <input id="funnel-to" name="to" type="date" defaultValue={filters.to ?? ''} {...mark('to')} />
      </div>
      <div class="filter-actions wide">
        <button type="submit" class="button primary">
          Apply filters
        </button>
        <button type="button" class="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
