import type { FacetsReply } from '../api/api-types.js';
import { languageName } from '../format/language-name.js';
import { FILTER_KEYS, type Filters } from '../routing/filters.js';

interface FilterFormProps {
  filters: Filters;
  facets: FacetsReply | undefined;
  /** The parameter the collector refused, if any: its field is marked and points at the message. */
  invalid: string | undefined;
  errorId: string;
  onApply: (filters: Filters) => void;
  onClear: () => void;
}

const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Search and filters for the answers; applied together, kept in the URL. */
export function FilterForm({ filters, facets, invalid, errorId, onApply, onClear }: FilterFormProps) {
  const submit = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const next: Filters = {};
    for (const key of FILTER_KEYS) {
      const value = form.get(key);
      if (typeof value === 'string' && value.trim() !== '') next[key] = value.trim();
    }
    if (filters.survey) next.survey = filters.survey;
    if (!next.metaKey) delete next.metaValue;
    onApply(next);
  };
  const mark = (key: string) => (invalid === key ? { 'aria-invalid': true, 'aria-describedby': errorId } : {});
  const metaKey = filters.metaKey;
  const metaValues = facets?.metadata.find((m) => m.key === metaKey)?.values ?? [];
  const versions = facets?.versions.filter((v) => !filters.survey || v.surveyId === filters.survey) ?? [];

  return (
    <form class="card filters" role="search" aria-label="Filter answers" onSubmit={submit}>
      <div class="field wide">
        <label for="f-q">Search answers</label>
        <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ''} placeholder="Words in an answer or a follow-up" {...mark('q')} />
      </div>
      <div class="field">
        <label for="f-question">Question</label>
        <select id="f-question" name="question" defaultValue={filters.question ?? ''} {...mark('question')}>
          <option value="">Any question</option>
          {facets?.questions.map((q) => (
            <option key={q.questionId} value={q.questionId}>
              {clip(q.prompt)}
            </option>
          ))}
          {filters.question && !facets?.questions.some((q) => q.questionId === filters.question) ? <option value={filters.question}>{filters.question}</option> : null}
        </select>
      </div>
      <div class="field">
        <label for="f-locale">Language</label>
        <select id="f-locale" name="locale" defaultValue={filters.locale ?? ''} {...mark('locale')}>
          <option value="">Any language</option>
          {facets?.languages.map((l) => (
            <option key={l.language} value={l.language}>
              {languageName(l.language)}
            </option>
          ))}
          {filters.locale && !facets?.languages.some((l) => l.language === filters.locale) ? <option value={filters.locale}>{languageName(filters.locale)}</option> : null}
        </select>
      </div>
      <div class="field">
        <label for="f-version">Survey version</label>
        <select id="f-version" name="version" defaultValue={filters.version ?? ''} {...mark('version')}>
          <option value="">Any version</option>
          {[...new Set(versions.map((v) => v.version))].map((version) => (
            <option key={version} value={version}>
              Version {version}
            </option>
          ))}
          {filters.version && !versions.some((v) => v.version === filters.version) ? <option value={filters.version}>Version {filters.version}</option> : null}
        </select>
      </div>
      <div class="field">
        <label for="f-partial">Finished or not</label>
        <select id="f-partial" name="partial" defaultValue={filters.partial ?? ''} {...mark('partial')}>
          <option value="">Either</option>
          <option value="false">Finished</option>
          <option value="true">Left part-way</option>
        </select>
      </div>
      <div class="field">
        <label for="f-consent">Quotes</label>
        <select id="f-consent" name="consent" defaultValue={filters.consent ?? ''} {...mark('consent')}>
          <option value="">Any answer</option>
          <option value="quotes">Allowed quoting</option>
          <option value="no-quotes">Declined quoting</option>
          <option value="not-asked">Not asked</option>
        </select>
      </div>
      <div class="field">
        <label for="f-from">From</label>
        <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ''} {...mark('from')} />
      </div>
      <div class="field">
        <label for="f-to">To</label>
        <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ''} {...mark('to')} />
      </div>
      <div class="field">
        <label for="f-meta-key">Detail</label>
        <select id="f-meta-key" name="metaKey" defaultValue={metaKey ?? ''} {...mark('metaKey')}>
          <option value="">Any detail</option>
          {facets?.metadata.map((m) => (
            <option key={m.key} value={m.key}>
              {m.key}
            </option>
          ))}
          {metaKey && !facets?.metadata.some((m) => m.key === metaKey) ? <option value={metaKey}>{metaKey}</option> : null}
        </select>
      </div>
      <div class="field">
        <label for="f-meta-value">Detail value</label>
        <input id="f-meta-value" name="metaValue" list="meta-values" defaultValue={filters.metaValue ?? ''} placeholder="Any value" {...mark('metaValue')} />
        <datalist id="meta-values">
          {metaValues.map((v) => (
            <option key={v.value} value={v.value} />
          ))}
        </datalist>
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
