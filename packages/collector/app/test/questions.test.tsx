import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { openApp, useFakeCollector } from './helpers/fake-collector.js';
import { publishedDefinition } from './helpers/fake-definitions.js';
import { PROMPTS } from './helpers/fixtures.js';

const fake = useFakeCollector();

const SURVEY = 'checkout-study';
const posted = (path: string) => fake.seen.filter((r) => r.method === 'POST' && r.url.pathname === path).map((r) => r.body as Record<string, any>);
const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });
const promptFields = (language = 'English (en)') => screen.getAllByLabelText(`Question in ${language}`) as HTMLTextAreaElement[];

async function openEditor(...versions: ReturnType<typeof publishedDefinition>[]) {
  if (versions.length > 0) fake.definitions.set(SURVEY, versions);
  await openApp(fake, `/questions?survey=${SURVEY}`);
  await screen.findByRole('region', { name: 'History' });
}

describe('the survey editor', () => {
  it('lists the surveys with answers or published questions, and starts a new one by its id', async () => {
    fake.definitions.set('onboarding', [publishedDefinition('onboarding', '1', { en: 'Why?' })]);
    await openApp(fake, '/questions');

    const list = await screen.findByRole('region', { name: 'Choose a survey' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['onboarding version 1 published', `${SURVEY} nothing published yet`]));
    expect(within(list).getByRole('link', { name: 'onboarding' }).getAttribute('href')).toBe('/questions?survey=onboarding');

    type(screen.getByLabelText('Survey id'), 'pricing-page');
    fireEvent.click(screen.getByRole('button', { name: 'Write its questions' }));

    await waitFor(() => expect(window.location.search).toBe('?survey=pricing-page'));
    expect(await screen.findByText('What survey “pricing-page” asks, in which languages, and when')).toBeTruthy();
    await screen.findByRole('region', { name: 'History' });
  });

  it('is reached from any view of a survey through the navigation, keeping the survey', async () => {
    await openApp(fake, `/answers?survey=${SURVEY}`);

    const link = await screen.findByRole('link', { name: 'Questions' });
    expect(link.getAttribute('href')).toBe(`/questions?survey=${SURVEY}`);
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { name: 'Questions', level: 1 })).toBeTruthy();
    await screen.findByRole('region', { name: 'History' });
  });

  it('starts a survey never published from the questions its answers were asked, and says where widgets will read it', async () => {
    await openEditor();

    await waitFor(() => expect(promptFields().map((f) => f.value)).toEqual([PROMPTS.hope, PROMPTS.fear]));
    expect(screen.getByText('Nothing published yet. The first version you publish appears here.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publish the first version' })).toBeTruthy();
    expect(screen.getAllByText('http://localhost:3000/v1/surveys/checkout-study').length).toBeGreaterThan(0);
  });

  it('publishes an edited prompt as the next version, edited from the published one, and lists it in the history', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));

    type(promptFields()[0]!, 'Second wording');
    expect(screen.getByText('You have changes that are not published.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish as a new version' }));

    expect(await screen.findByText('Published as version 2. Widgets get it within 5 minutes (how long they may keep the version they have).')).toBeTruthy();
    const [body] = posted(`/v1/surveys/${SURVEY}/definitions`);
    expect(body).toMatchObject({ surveyId: SURVEY, version: '1', defaultLocale: 'en', questions: [{ id: 'hope', prompt: { en: 'Second wording' } }, { id: 'fear' }] });
    const history = screen.getByRole('region', { name: 'History' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')[0]!.textContent).toMatch(/^Version 2published/));
    expect(within(history).getByRole('button', { name: 'Bring back version 1' })).toBeTruthy();
  });

  it('shows each field the collector refuses next to it, and a summary linking to it; nothing is published', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));
    fake.replies.set(`POST /v1/surveys/:surveyId/definitions`, () =>
      Response.json(
        {
          error: 'The survey definition is not valid: The "questions[0].prompt.en" field must not be empty.',
          issues: [
            { path: 'questions[0].prompt.en', message: 'must not be empty' },
            { path: 'rules.sampleRate', message: 'Too big: expected number to be <=1' },
          ],
        },
        { status: 400 },
      ),
    );

    type(promptFields()[0]!, '');
    fireEvent.click(screen.getByRole('button', { name: 'Publish as a new version' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Nothing was published: fix what is marked below, then publish again.');
    expect(within(summary).getByRole('link', { name: 'Question 1 in English (en)' }).getAttribute('href')).toBe('#field-questions-0-prompt-en');
    const field = promptFields()[0]!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe('Must not be empty.');
    // Shown as a percentage in the editor, so said as one.
    expect(document.getElementById('field-rules-sampleRate-error')?.textContent).toBe('Must be a percentage from 0 to 100.');
    expect(screen.getByText('You have changes that are not published.')).toBeTruthy();
  });

  it('sends the asking rules as the widget takes them: shares from percentages, milliseconds from seconds, one page a line', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));

    type(screen.getByLabelText('People ever asked (%)'), '10');
    type(screen.getByLabelText('Wait on the page before inviting (seconds)'), '8');
    type(screen.getByLabelText('Only on these pages'), '/chat/*\n/settings');
    fireEvent.click(screen.getByRole('button', { name: 'Publish as a new version' }));

    await screen.findByText(/^Published as version 2/);
    expect(posted(`/v1/surveys/${SURVEY}/definitions`)[0]!.rules).toEqual({ sampleRate: 0.1, delayMs: 8000, pages: ['/chat/*', '/settings'] });
    // Read back in the editor's units.
    expect((screen.getByLabelText('People ever asked (%)') as HTMLInputElement).value).toBe('10');
  });

  it('adds a language with a field for every question and text, refuses a tag that is not one, and removes it again', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));

    type(screen.getByLabelText('Add a language (tag)'), 'french');
    fireEvent.click(screen.getByRole('button', { name: 'Add language' }));
    expect(screen.getByText('Write a language tag such as “fr” or “pt-BR”.')).toBeTruthy();

    type(screen.getByLabelText('Add a language (tag)'), 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Add language' }));
    expect(promptFields('French (fr)')).toHaveLength(2);
    expect(screen.getByText('Widget texts in French (fr)')).toBeTruthy();
    type(promptFields('French (fr)')[0]!, 'Première formulation');
    fireEvent.click(screen.getByRole('button', { name: 'Publish as a new version' }));
    await screen.findByText(/^Published as version 2/);
    expect(posted(`/v1/surveys/${SURVEY}/definitions`)[0]!.questions[0].prompt).toEqual({ en: 'First wording', fr: 'Première formulation' });

    fireEvent.click(screen.getByRole('button', { name: 'Remove French' }));
    expect(screen.queryAllByLabelText('Question in French (fr)')).toHaveLength(0);
  });

  it('marks each field with its language, so Arabic is written right to left and checked as Arabic', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));
    type(screen.getByLabelText('Add a language (tag)'), 'ar');
    fireEvent.click(screen.getByRole('button', { name: 'Add language' }));

    const fields = [...promptFields('Arabic (ar)'), screen.getAllByLabelText('Invitation: title').at(-1)!];
    for (const field of fields) {
      expect(field.getAttribute('lang')).toBe('ar');
      expect(field.getAttribute('dir')).toBe('auto');
    }
  });

  it('moves, adds and removes questions', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));

    fireEvent.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    expect(promptFields().map((f) => f.value)).toEqual(['What worries you?', 'First wording']);
    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    expect(promptFields()).toHaveLength(3);
    expect((screen.getAllByLabelText('Question id') as HTMLInputElement[])[2]!.value).toBe('question-3');
    fireEvent.click(screen.getByRole('button', { name: 'Remove question 1' }));
    expect(promptFields().map((f) => f.value)).toEqual(['First wording', '']);
  });

  it('brings an earlier version back, first asking when there are changes not published', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }), publishedDefinition(SURVEY, '2', { en: 'Second wording' }));
    type(promptFields()[0]!, 'Unfinished thought');

    fireEvent.click(screen.getByRole('button', { name: 'Bring back version 1' }));
    expect(posted(`/v1/surveys/${SURVEY}/rollback`)).toEqual([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Bring back version 1, drop my changes' }));

    expect(await screen.findByText(/^Version 1 is back, published as version 3\. Widgets get it within 5 minutes/)).toBeTruthy();
    expect(posted(`/v1/surveys/${SURVEY}/rollback`)).toEqual([{ version: '1' }]);
    expect(promptFields()[0]!.value).toBe('First wording');
  });

  it('when someone else published meanwhile, says so and offers to load their version', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));
    fake.definitions.set(SURVEY, [...fake.definitions.get(SURVEY)!, publishedDefinition(SURVEY, '2', { en: 'Their wording' })]);

    type(promptFields()[0]!, 'My wording');
    fireEvent.click(screen.getByRole('button', { name: 'Publish as a new version' }));

    expect((await screen.findByRole('alert')).textContent).toContain('version 2 has been published since');
    fireEvent.click(screen.getByRole('button', { name: 'Load the published version (drops these changes)' }));
    await waitFor(() => expect(promptFields()[0]!.value).toBe('Their wording'));
  });

  it('frames the preview page beside the editor, with the language to show (the widget in it: test/e2e/survey-editor.spec.ts)', async () => {
    await openEditor(publishedDefinition(SURVEY, '1', { en: 'First wording' }));

    const frame = screen.getByTitle('Preview of the widget with this draft');
    expect(frame.getAttribute('src')).toBe('/preview');
    expect(screen.getByLabelText('Language shown')).toBeTruthy();
  });
});
