import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { http, HttpResponse } from 'msw';
import type { SurveyDefinitionInput } from '@candor/protocol';
import { startedWidget } from '../helpers/started-widget.js';
import { answer, click, isShown, widget } from '../helpers/ui-helpers.js';

// The widget with `surveyUrl`, against a collector double that also serves the definition.
const SURVEY_URL = 'https://collect.test/v1/surveys/study';
const { collector, start, candor } = startedWidget();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const definition: SurveyDefinitionInput = {
  surveyId: 'study',
  version: '3',
  questions: [{ id: 'hope', prompt: { en: 'What would AI do for you, remotely?', fr: 'Que ferait l’IA pour vous, à distance ?', pt: 'O que a IA faria por você?' } }],
  texts: { en: { inviteTitle: 'Two minutes for Acme?', thanks: 'Many thanks' }, fr: { inviteTitle: 'Deux minutes pour Acme ?' } },
};
const served = { body: definition as unknown, requests: 0, down: false };

beforeEach(() => {
  Object.assign(served, { body: definition, requests: 0, down: false });
  collector.server.use(
    http.get(SURVEY_URL, () => {
      served.requests++;
      if (served.down) return HttpResponse.error();
      return HttpResponse.json(served.body as object, { headers: { ETag: '"d3"', 'Cache-Control': 'max-age=600' } });
    }),
  );
});
afterEach(() => {
  document.documentElement.lang = '';
});

/** One page view: Candor started, given time to decide, and stopped. */
async function pageView(options: Record<string, unknown>) {
  start({ surveyUrl: SURVEY_URL, ...options });
  await sleep(100);
  const shown = isShown();
  candor().destroy();
  document.querySelector('candor-widget')?.remove();
  return shown;
}

describe('a survey definition from surveyUrl', () => {
  it('is not fetched on page views that show nothing', async () => {
    for (let i = 0; i < 5; i++) expect(await pageView({ minPageViews: 10 })).toBe(false);
    expect(served.requests).toBe(0);
  });

  it('gives open() its wording, and the answer records that prompt, the definition\'s survey and version', async () => {
    start({ surveyUrl: SURVEY_URL, trigger: 'manual', surveyId: 'from-the-tag', questions: [{ id: 'tag', prompt: 'The tag’s question?' }] }).open();
    await waitFor(() => expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy());
    expect(widget().queryByText('The tag’s question?')).toBeNull();
    answer('More time');
    click('Finish');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission).toMatchObject({
      surveyId: 'study',
      surveyVersion: '3',
      locale: 'en',
      answers: [{ questionId: 'hope', prompt: 'What would AI do for you, remotely?', text: 'More time' }],
    });
    await waitFor(() => expect(widget().getByRole('heading', { name: 'Many thanks' })).toBeTruthy());
    expect(served.requests).toBe(1);
  });

  it('shows the prompt in the reader\'s language (or its language without the region), recorded as such', async () => {
    document.documentElement.lang = 'pt-BR';
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('O que a IA faria por você?')).toBeTruthy());
    answer('Mais tempo');
    click(/Finish|Concluir/);
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission.locale).toBe('pt');
  });

  it('falls back to its defaultLocale for a language it does not have', async () => {
    document.documentElement.lang = 'de';
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy());
  });

  it('lays its texts in the shown language over the widget\'s sentences, and its asking rules over the tag\'s', async () => {
    document.documentElement.lang = 'fr';
    served.body = { ...definition, rules: { minPageViews: 1, delayMs: 0 } };
    start({ surveyUrl: SURVEY_URL, minPageViews: 1, delayMs: 60_000 });
    await waitFor(() => expect(widget().getByRole('region', { name: 'Deux minutes pour Acme ?' })).toBeTruthy(), { timeout: 3000 });
  });

  it('keeps its id, version and rules, which later page views apply without a request', async () => {
    served.body = { ...definition, rules: { minPageViews: 1, delayMs: 0, frequencyDays: 0 } };
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy());
    candor().destroy();
    document.querySelector('candor-widget')?.remove();
    // The tag would wait for 10 page views; the kept rules invite on this one, with the kept wording.
    start({ surveyUrl: SURVEY_URL, minPageViews: 10, delayMs: 60_000 });
    await waitFor(() => expect(widget().getByRole('region', { name: 'Two minutes for Acme?' })).toBeTruthy(), { timeout: 3000 });
    expect(served.requests).toBe(1);
  });

  it('resumes a draft in the wording it was begun in, even after max-age, without a request', async () => {
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy());
    candor().destroy();
    document.querySelector('candor-widget')?.remove();
    // A reload while answering, after the definition's max-age, with version 4 published meanwhile.
    localStorage.setItem('candor:definition', JSON.stringify({ ...JSON.parse(localStorage.getItem('candor:definition')!), until: 0 }));
    served.body = { ...definition, version: '4', questions: [{ id: 'hope', prompt: { en: 'Version four?' } }] };
    const answers = [{ questionId: 'hope', prompt: 'What would AI do for you, remotely?', text: 'More ti' }];
    localStorage.setItem('candor:draft', JSON.stringify({ at: Date.now() - 60_000, survey: 'study@3', step: 0, responses: { answers, questionOrder: ['hope'], partial: true } }));
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' });
    await waitFor(() => expect(widget().getByText('We kept what you wrote earlier.')).toBeTruthy());
    expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy();
    answer('More time');
    click('Finish');
    await waitFor(() => expect(collector.received).toHaveLength(1));
    expect(collector.received[0]!.submission).toMatchObject({ surveyVersion: '3', answers: [{ prompt: 'What would AI do for you, remotely?', text: 'More time' }] });
    expect(served.requests).toBe(1);
  });

  it('decides who is asked by its own sample rate, even on the page view that first fetched it', async () => {
    served.body = { ...definition, rules: { sampleRate: 0 } };
    // The tag asks everyone on the first page view: the invitation is due, so the definition is fetched.
    start({ surveyUrl: SURVEY_URL, minPageViews: 1, delayMs: 0 });
    await waitFor(() => expect(served.requests).toBe(1));
    await sleep(1000);
    expect(isShown()).toBe(false);
    candor().destroy();
    // Kept: the next page view is not invited, and asks nothing.
    expect(await pageView({ minPageViews: 1, delayMs: 0 })).toBe(false);
    expect(served.requests).toBe(1);
  });
});

describe('when the definition cannot be had', () => {
  it('host down: one console error, and open() shows the tag\'s own questions', async () => {
    served.down = true;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    start({ surveyUrl: SURVEY_URL, trigger: 'manual', questions: [{ id: 'tag', prompt: 'The tag’s question?' }] }).open();
    await waitFor(() => expect(widget().getByText('The tag’s question?')).toBeTruthy());
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/^\[candor\] The survey definition at https:\/\/collect\.test\/v1\/surveys\/study could not be fetched .* Candor goes on with the options on the page\.$/);
  });

  it('invalid: one console error naming the field, and the last good definition goes on', async () => {
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy());
    candor().destroy();
    document.querySelector('candor-widget')?.remove();
    localStorage.setItem('candor:definition', JSON.stringify({ ...JSON.parse(localStorage.getItem('candor:definition')!), until: 0 }));
    served.body = { ...definition, version: '4', questions: [{ id: 'hope', prompt: 'Not by language' }] };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy());
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('is not valid: questions.0.prompt must be an object of texts by language tag');
    expect(String(errors.mock.calls[0]![0])).toContain('Candor goes on with the last good one (version 3)');
  });

  it('a kept survey whose rules do not read as options is dropped, so later page views invite by the page\'s options again', async () => {
    localStorage.setItem('candor:survey', JSON.stringify({ [SURVEY_URL]: { surveyId: 'study', surveyVersion: '3', sampleRate: 'most' } }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await pageView({ minPageViews: 1, delayMs: 0 })).toBe(false);
    await waitFor(() => expect(localStorage.getItem('candor:survey')).toBeNull());
    start({ surveyUrl: SURVEY_URL, minPageViews: 1, delayMs: 0 });
    await waitFor(() => expect(widget().getByRole('region', { name: 'Two minutes for Acme?' })).toBeTruthy(), { timeout: 3000 });
    expect(errors).not.toHaveBeenCalled();
  });

  it('a kept survey this version cannot read (another version of Candor wrote it) is left out, silently', async () => {
    localStorage.setItem('candor:survey', JSON.stringify({ [SURVEY_URL]: { surveyId: 'study', surveyVersion: '9', sampleRate: 'most', nextYearsRule: 1 } }));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    start({ surveyUrl: SURVEY_URL, trigger: 'manual' }).open();
    await waitFor(() => expect(widget().getByText('What would AI do for you, remotely?')).toBeTruthy());
    expect(errors).not.toHaveBeenCalled();
    // Replaced by what this version reads, from the definition just fetched.
    expect(JSON.parse(localStorage.getItem('candor:survey')!)).toEqual({ [SURVEY_URL]: { surveyId: 'study', surveyVersion: '3' } });
  });

  it('a bad surveyUrl is named like any option, and nothing is shown or fetched', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    start({ surveyUrl: 'ftp://nope', trigger: 'manual' }).open();
    await waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
    expect(String(errors.mock.calls[0]![0])).toContain('option "surveyUrl" must be an http(s) URL or a path on this site (got "ftp://nope")');
    expect(served.requests).toBe(0);
  });
});
