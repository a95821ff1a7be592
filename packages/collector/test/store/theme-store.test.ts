import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerStore } from '../../src/store/answer-store.js';
import type { ClassifierStamp } from '../../src/store/theme-store.js';
import { WITHDRAW_SQL } from '../../src/store/schema-sql.js';
import { openTestBackend, TEST_BACKEND, type TestBackend } from '../helpers/open-test-store.js';
import { freshSubmission, uniqueSurveyId } from '../helpers/fresh-submission.js';

let backend: TestBackend;
let store: AnswerStore;

beforeAll(async () => {
  backend = await openTestBackend();
  store = backend.store;
});
afterAll(async () => {
  await store?.close();
});

const STAMP: ClassifierStamp = { schemeVersion: 'v1', classifier: 'test', classifierVersion: '1' };
const hope = (text: string) => [{ questionId: 'hope', prompt: 'Hope?', text }];
const labelRows = (id: string) => backend.sql<{ label: string; scheme_version: string }>('select label, scheme_version from answer_themes where submission_id = $1 order by label', [id]);

describe(`the theme store (${TEST_BACKEND})`, () => {
  it('lists answers with no label under a stamp, and stops listing them once labelled with it', async () => {
    const questionId = `q-${uniqueSurveyId()}`;
    const a = freshSubmission({ answers: [{ questionId, prompt: 'P', text: 'first' }] });
    const b = freshSubmission({ answers: [{ questionId, prompt: 'P', text: 'second', followUp: { prompt: 'Why?', text: 'because', source: 'fixed' } }] });
    const blank = freshSubmission({ answers: [{ questionId, prompt: 'P', text: '   ' }] });
    await store.insert([a, b, blank]);

    const before = await store.themes.unlabelledAnswers(questionId, STAMP, 10);
    await store.themes.saveLabels(questionId, STAMP, [{ submissionId: a.id, labels: ['x'] }]);
    const after = await store.themes.unlabelledAnswers(questionId, STAMP, 10);

    expect(before.map((d) => d.text).sort()).toEqual(['first', 'second']);
    expect(before.find((d) => d.submissionId === b.id)?.followUpText).toBe('because');
    expect(after.map((d) => d.submissionId)).toEqual([b.id]);
    expect(await store.themes.unlabelledAnswers(questionId, { ...STAMP, schemeVersion: 'v2' }, 10)).toHaveLength(2);
    expect(await store.themes.answeredQuestions()).toContain(questionId);
  });

  it("replaces an answer's labels, keeping the scheme and classifier with each; or the whole question's", async () => {
    const s = freshSubmission({ answers: hope('time with my kids') });
    const other = freshSubmission({ answers: hope('learn piano') });
    await store.insert([s, other]);

    await store.themes.saveLabels('hope', STAMP, [{ submissionId: s.id, labels: ['a', 'b', 'a'] }, { submissionId: other.id, labels: ['c'] }]);
    const first = await labelRows(s.id);
    await store.themes.saveLabels('hope', { ...STAMP, schemeVersion: 'v2' }, [{ submissionId: s.id, labels: ['z'] }]);
    const second = await labelRows(s.id);
    await store.themes.saveLabels('hope', { ...STAMP, schemeVersion: 'v3' }, [{ submissionId: other.id, labels: ['y'] }], { replaceQuestion: true });

    expect(first).toEqual([{ label: 'a', scheme_version: 'v1' }, { label: 'b', scheme_version: 'v1' }]);
    expect(second).toEqual([{ label: 'z', scheme_version: 'v2' }]);
    expect(await labelRows(s.id)).toEqual([]);
    expect(await labelRows(other.id)).toEqual([{ label: 'y', scheme_version: 'v3' }]);
  });

  it('deletes the labels and the quote decision of a withdrawn submission, and never labels it again', async () => {
    const s = freshSubmission({ answers: hope('more free time'), consent: { quotes: true } });
    await store.insert([s]);
    await store.themes.saveLabels('hope', STAMP, [{ submissionId: s.id, labels: ['time'] }]);
    expect(await store.themes.decideQuote(s.id, 'hope', 'approved')).toBe(true);

    await store.withdraw(s.id);
    await store.themes.saveLabels('hope', STAMP, [{ submissionId: s.id, labels: ['late'] }]);

    expect(await labelRows(s.id)).toEqual([]);
    expect(await backend.sql('select * from quote_approvals where submission_id = $1', [s.id])).toEqual([]);
    expect(await store.themes.decideQuote(s.id, 'hope', 'approved')).toBe(false);
    expect(await store.themes.answerDetails('hope', [s.id])).toEqual([]);
  });

  it('drops labels left on a submission withdrawn while it was being classified', async () => {
    const s = freshSubmission({ answers: hope('raced'), consent: { quotes: true } });
    await store.insert([s]);
    await store.themes.saveLabels('hope', STAMP, [{ submissionId: s.id, labels: ['x', 'y'] }]);
    await store.themes.decideQuote(s.id, 'hope', 'approved');
    // The withdrawal alone, as if the labels were written just after it deleted them.
    await backend.sql(WITHDRAW_SQL, [s.id]);

    expect(await store.themes.dropWithdrawnLabels()).toBe(2);
    expect(await labelRows(s.id)).toEqual([]);
    expect(await backend.sql('select * from quote_approvals where submission_id = $1', [s.id])).toEqual([]);
  });

  it('counts people by respondent id (the submission when there is none), with month, language and quote consent', async () => {
    const surveyId = uniqueSurveyId();
    const a = freshSubmission({ surveyId, respondentId: 'person-1', locale: 'pt-BR', answers: hope('x'), consent: { quotes: true } });
    const b = freshSubmission({ surveyId, respondentId: 'person-1', answers: hope('y') });
    const c = freshSubmission({ surveyId, answers: hope('z'), consent: { quotes: false } });
    await store.insert([a, b, c]);
    await store.themes.saveLabels('hope', STAMP, [a, b, c].map((s) => ({ submissionId: s.id, labels: ['t'] })));

    const rows = await store.themes.memberships({ surveyId });
    const month = new Date().toISOString().slice(0, 7);

    expect(rows.map((r) => [r.respondent, r.language, r.quotesAllowed, r.month]).sort()).toEqual(
      [
        ['r:person-1', 'pt', true, month],
        ['r:person-1', 'en', false, month],
        [`s:${c.id}`, 'en', false, month],
      ].sort(),
    );
    expect(rows[0]).toMatchObject({ questionId: 'hope', label: 't', ...STAMP });
  });

  it('records quote decisions only for answers whose respondent allowed quotes', async () => {
    const yes = freshSubmission({ answers: hope('quote me'), consent: { quotes: true } });
    const no = freshSubmission({ answers: hope('do not'), consent: { quotes: false } });
    const silent = freshSubmission({ answers: hope('never asked') });
    await store.insert([yes, no, silent]);

    expect(await store.themes.decideQuote(yes.id, 'hope', 'approved')).toBe(true);
    expect(await store.themes.decideQuote(yes.id, 'fear', 'approved')).toBe(false);
    expect(await store.themes.decideQuote(no.id, 'hope', 'approved')).toBe(false);
    expect(await store.themes.decideQuote(silent.id, 'hope', 'approved')).toBe(false);
    expect(await store.themes.decideQuote(yes.id, 'hope', 'rejected')).toBe(true);

    const decision = (await store.themes.quoteDecisions()).find((d) => d.submissionId === yes.id);
    expect(decision).toMatchObject({ questionId: 'hope', status: 'rejected' });
    expect(Date.parse(decision!.decidedAt!)).toBeGreaterThan(Date.now() - 60_000);
  });
});
