import { useMemo, useRef, useState } from 'preact/hooks';
import { request } from '../api/api-client.js';
import { ApiError, type FieldIssue } from '../api/api-error.js';
import type { DefinitionHistoryReply, PublishReply } from '../api/api-types.js';
import { blankQuestion, definitionFrom, draftFrom, newDraft, type Draft, type DraftQuestion } from './draft.js';
import { errorSentence, fieldId, type FieldErrors } from './field-errors.js';
import { fieldLabel } from './field-labels.js';
import { LanguageList } from './language-list.js';
import { QuestionFields } from './question-fields.js';
import { TextsFields } from './texts-fields.js';
import { RulesFields } from './rules-fields.js';
import { HistoryList } from './history-list.js';
import { describeWait } from '../format/describe-wait.js';
import { LivePreview } from './live-preview.js';

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; error: ApiError } | { kind: 'confirm'; version: string } | undefined;

/** The collector's issues by field; a page pattern's line is shown at the pages field. */
function errorsFrom(issues: readonly FieldIssue[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const { path, message } of issues) {
    const line = /^rules\.pages\[(\d+)\]$/.exec(path);
    const at = line ? 'rules.pages' : path;
    if (!errors.has(at)) errors.set(at, line ? `line ${Number(line[1]) + 1} ${message}` : message);
  }
  return errors;
}

/** When a publish reaches the widgets, from how long they may keep a definition. */
const reachesWidgets = (maxAge: number) =>
  maxAge <= 0 ? 'Widgets get it the next time they are about to ask.' : `Widgets get it within ${describeWait(maxAge)} (how long they may keep the version they have).`;

const moved = <T,>(list: readonly T[], from: number, to: number) => {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
};

/**
 * A survey's questions, texts and asking rules, edited in place with the real widget beside
 * them; published as a new version, or an earlier version brought back; every version listed.
 */
export function SurveyEditor({
  surveyId,
  history,
  asked,
  onChanged,
}: {
  surveyId: string;
  history: DefinitionHistoryReply;
  asked: { questionId: string; prompt: string }[];
  onChanged: () => void;
}) {
  const start = () => (history.current ? draftFrom(history.current) : newDraft(surveyId, asked));
  const [draft, setDraft] = useState<Draft>(start);
  const [baseline, setBaseline] = useState<Draft>(() => draft);
  const [errors, setErrors] = useState<FieldErrors>(new Map());
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const body = useMemo(() => definitionFrom(draft), [draft]);
  const dirty = JSON.stringify(body) !== JSON.stringify(definitionFrom(baseline));

  const change = (next: Partial<Draft>, structural = false) => {
    setDraft((d) => ({ ...d, ...next }));
    if (structural) setErrors(new Map());
  };
  const setQuestion = (index: number, question: DraftQuestion) => change({ questions: draft.questions.map((q, i) => (i === index ? question : q)) });

  const settle = (reply: PublishReply, text: string) => {
    const fresh = draftFrom(reply.definition);
    setDraft(fresh);
    setBaseline(fresh);
    setErrors(new Map());
    setOutcome({ kind: 'done', text });
    onChanged();
  };
  const failed = (error: unknown) => {
    const apiError = error instanceof ApiError ? error : new ApiError(0, String(error));
    setErrors(errorsFrom(apiError.issues));
    setOutcome({ kind: 'failed', error: apiError });
    // The summary takes focus, so the sentences are read and each link leads to its field.
    setTimeout(() => summary.current?.focus(), 0);
  };

  const publish = async () => {
    setBusy(true);
    try {
      const reply = await request<PublishReply>('POST', `/v1/surveys/${encodeURIComponent(surveyId)}/definitions`, { body });
      settle(reply, reply.published ? `Published as version ${reply.definition.version}. ${reachesWidgets(history.maxAge)}` : `Nothing changed since version ${reply.definition.version}, so nothing new was published.`);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const rollBack = async (version: string, confirmed = false) => {
    if (dirty && !confirmed) return setOutcome({ kind: 'confirm', version });
    setBusy(true);
    try {
      const reply = await request<PublishReply>('POST', `/v1/surveys/${encodeURIComponent(surveyId)}/rollback`, { body: { version } });
      settle(reply, reply.published ? `Version ${version} is back, published as version ${reply.definition.version}. ${reachesWidgets(history.maxAge)}` : `Version ${version} says the same as the published one: nothing new was published.`);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const reloadPublished = async () => {
    try {
      const latest = await request<DefinitionHistoryReply>('GET', `/v1/surveys/${encodeURIComponent(surveyId)}/definitions`);
      const fresh = latest.current ? draftFrom(latest.current) : newDraft(surveyId, asked);
      setDraft(fresh);
      setBaseline(fresh);
      setErrors(new Map());
      setOutcome(undefined);
      onChanged();
    } catch (error) {
      failed(error);
    }
  };

  const issues = outcome?.kind === 'failed' ? outcome.error.issues : [];
  return (
    <div class="editor">
      <div class="editor-main">
        {outcome?.kind === 'failed' ? (
          <div class="notice error" role="alert" tabIndex={-1} ref={summary}>
            <p>{issues.length > 0 ? 'Nothing was published: fix what is marked below, then publish again.' : outcome.error.plain}</p>
            {issues.length > 0 ? (
              <ul>
                {[...errors].map(([path, message]) => (
                  <li key={path}>
                    <a href={`#${fieldId(path)}`}>{fieldLabel(path)}</a>: {errorSentence(path, message)}
                  </li>
                ))}
              </ul>
            ) : null}
            {outcome.error.status === 409 ? (
              <button type="button" class="button" onClick={() => void reloadPublished()}>
                Load the published version (drops these changes)
              </button>
            ) : null}
          </div>
        ) : null}
        {outcome?.kind === 'done' ? (
          <p class="notice info" role="status">
            {outcome.text}
          </p>
        ) : null}
        {outcome?.kind === 'confirm' ? (
          <div class="notice warn" role="alert">
            <p>Bringing back version {outcome.version} replaces the changes you have not published.</p>
            <div class="editor-actions">
              <button type="button" class="button primary" onClick={() => rollBack(outcome.version, true)}>
                Bring back version {outcome.version}, drop my changes
              </button>
              <button type="button" class="button" onClick={() => setOutcome(undefined)}>
                Keep editing
              </button>
            </div>
          </div>
        ) : null}

        <section class="editor-section" aria-labelledby="questions-title">
          <h2 id="questions-title">Questions</h2>
          <p class="hint">In the order people see them. Every question can be skipped unless marked otherwise.</p>
          <ol class="question-list">
            {draft.questions.map((question, index) => (
              <QuestionFields
                key={question.key}
                question={question}
                index={index}
                count={draft.questions.length}
                locales={draft.locales}
                errors={errors}
                onChange={(q) => setQuestion(index, q)}
                onMove={(by) => change({ questions: moved(draft.questions, index, index + by) }, true)}
                onRemove={() => change({ questions: draft.questions.filter((_, i) => i !== index) }, true)}
              />
            ))}
          </ol>
          <button type="button" class="button" disabled={draft.questions.length >= 50} onClick={() => change({ questions: [...draft.questions, blankQuestion(draft)] }, true)}>
            Add a question
          </button>
        </section>

        <LanguageList
          locales={draft.locales}
          defaultLocale={draft.defaultLocale}
          errors={errors}
          onAdd={(locale) => change({ locales: [...draft.locales, locale] }, true)}
          onRemove={(locale) => {
            const strip = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([l]) => l !== locale));
            const { [locale]: _dropped, ...texts } = draft.texts;
            change({
              locales: draft.locales.filter((l) => l !== locale),
              texts,
              questions: draft.questions.map((q) => ({ ...q, prompt: strip(q.prompt), placeholder: strip(q.placeholder) })),
            }, true);
          }}
          onDefault={(locale) => change({ defaultLocale: locale, locales: [locale, ...draft.locales.filter((l) => l !== locale)] })}
        />

        <section class="editor-section" aria-labelledby="texts-title">
          <h2 id="texts-title">Invitation, purpose screen and thank-you</h2>
          {draft.locales.map((locale) => (
            <TextsFields
              key={locale}
              locale={locale}
              texts={draft.texts[locale] ?? {}}
              errors={errors}
              onChange={(key, value) => change({ texts: { ...draft.texts, [locale]: { ...draft.texts[locale], [key]: value } } })}
            />
          ))}
        </section>

        <RulesFields
          rules={draft.rules}
          counterbalancePercent={draft.counterbalancePercent}
          errors={errors}
          onChange={(rules) => change({ rules })}
          onCounterbalance={(counterbalancePercent) => change({ counterbalancePercent })}
        />

        <div class="editor-actions publish-bar">
          <button type="button" class="button primary" disabled={busy} onClick={publish}>
            {busy ? 'Publishing…' : history.current ? 'Publish as a new version' : 'Publish the first version'}
          </button>
          <span class="hint">{dirty ? 'You have changes that are not published.' : history.current ? `Version ${history.current.version} is published.` : 'Nothing is published yet.'}</span>
        </div>
      </div>
      <aside class="editor-side">
        <LivePreview body={body} locales={draft.locales} />
        <HistoryList versions={history.versions} busy={busy} onRollBack={(version) => void rollBack(version)} />
      </aside>
    </div>
  );
}
