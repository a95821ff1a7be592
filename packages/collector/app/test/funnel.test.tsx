import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NOTHING_COUNTED, openApp, useFakeCollector } from './helpers/fake-collector.js';

const fake = useFakeCollector();

/** A table's rows as their cells' text, header row first. */
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));

describe('who was asked and who answered', () => {
  it('says the response and completion rates in plain sentences, each with its 95% range', async () => {
    await openApp(fake, '/funnel?survey=checkout-study');

    const response = await screen.findByRole('region', { name: 'Response rate' });
    expect(within(response).getByText('Of 240 invitations, 61 were answered: 25% (20% to 31%).')).toBeTruthy();
    const completion = screen.getByRole('region', { name: 'Completion rate' });
    expect(within(completion).getByText('Once someone had typed a first answer (80 times), they finished 63 times: 79% (69% to 86%).')).toBeTruthy();
  });

  it('counts every moment in a table, in every language together and in each', async () => {
    await openApp(fake, '/funnel');

    const moments = await screen.findByRole('region', { name: 'Each moment, counted' });
    const rows = rowsOf(within(moments).getByRole('table'));
    expect(rows[0]).toEqual(['Moment', 'Every language', 'English', 'Portuguese', 'German']);
    expect(rows.slice(1).map((cells) => [cells[0]!.split(/(?=the |“|a |Finish|what )/)[0], ...cells.slice(1)])).toEqual([
      ['Invited', '240', '160', '80', '0'],
      ['Opened', '95', '70', '22', '3'],
      ['Declined', '60', '40', '20', '0'],
      ['Postponed', '40', '30', '10', '0'],
      ['Dismissed', '12', '8', '4', '0'],
      ['Started', '80', '60', '17', '3'],
      ['Finished', '63', '48', '13', '2'],
      ['Partial', '9', '7', '2', '0'],
      ['Withdrawn', '1', '1', '0', '0'],
    ]);
    // Each moment says when it is counted.
    expect(within(moments).getByRole('rowheader', { name: /^Postponed/ }).textContent).toContain('“Not now”, or × on the invitation');
  });

  it('gives each language its rates with their ranges, and a dash a screen reader hears as the reason', async () => {
    await openApp(fake, '/funnel');

    const languages = await screen.findByRole('region', { name: 'By language' });
    const rows = rowsOf(within(languages).getByRole('table'));
    expect(rows).toEqual([
      ['Language', 'Invited', 'Response rate (95% range)', 'Started', 'Completion rate (95% range)'],
      ['English', '160', '30% (23% to 38%)', '60', '80% (68% to 88%)'],
      ['Portuguese', '80', '16% (10% to 26%)', '17', '76% (53% to 90%)'],
      ['German', '0', '–no invitation counted', '3', '67% (21% to 94%)'],
    ]);
    // The bars are drawing only: their figures are the cell's text.
    for (const bar of languages.querySelectorAll('.rate-track')) expect(bar.getAttribute('aria-hidden')).toBe('true');
  });

  it('states the method beside the figures: moments not people, a few lost but none twice, opened above invited', async () => {
    await openApp(fake, '/funnel');

    const method = await screen.findByRole('region', { name: 'How these are counted' });
    expect(method.textContent).toContain('Moments, not people.');
    expect(method.textContent).toContain('A few may be lost, none counted twice.');
    expect(method.textContent).toContain('Opened can exceed invited: your product’s own button opens the questions without an invitation.');
  });

  it('says whose counts these are: one survey, or every survey together', async () => {
    await openApp(fake, '/funnel?survey=checkout-study');
    expect(await screen.findByText('Survey “checkout-study”, counted on people’s devices without identifying anyone')).toBeTruthy();
  });

  it('says so when every survey is counted together, and how to see one', async () => {
    await openApp(fake, '/funnel');
    expect(await screen.findByText(/^Every survey together \(choose one above to see its own\)/)).toBeTruthy();
  });

  it('asks for the survey, version, language and days as UTC days, not local midnights', async () => {
    await openApp(fake, '/funnel?survey=checkout-study&version=3&locale=pt&from=2026-11-01&to=2026-11-30');
    await screen.findByRole('region', { name: 'Response rate' });

    const [read] = fake.requests('/v1/funnel');
    expect(Object.fromEntries(read!.searchParams)).toEqual({ survey: 'checkout-study', version: '3', locale: 'pt', from: '2026-11-01', to: '2026-11-30' });
  });

  it('applies its filters into the URL, keeping the other views’ filters there, and says those do not apply to counts', async () => {
    await openApp(fake, '/funnel?survey=checkout-study&q=dinner');
    await screen.findByRole('region', { name: 'Response rate' });
    expect(screen.getByText(/“Search” applies to answers, not to these counts/)).toBeTruthy();
    expect(fake.requests('/v1/funnel')[0]!.searchParams.has('q')).toBe(false);

    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'pt' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Survey version' }), { target: { value: '3' } });
    fireEvent.input(screen.getByLabelText('From (UTC day)'), { target: { value: '2026-11-27' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(new URLSearchParams(window.location.search).get('from')).toBe('2026-11-27'));
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ survey: 'checkout-study', q: 'dinner', locale: 'pt', version: '3', from: '2026-11-27' });
    await waitFor(() => expect(fake.requests('/v1/funnel')).toHaveLength(2));
    expect(fake.requests('/v1/funnel')[1]!.searchParams.get('from')).toBe('2026-11-27');

    fake.replies.set('GET /v1/funnel', () => Response.json(NOTHING_COUNTED));
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ survey: 'checkout-study', q: 'dinner' }));
    expect(await screen.findByRole('heading', { name: 'Nothing counted for this survey yet' })).toBeTruthy();
  });

  it('says on screen why a day cannot apply, naming its filter, and marks that field', async () => {
    fake.replies.set('GET /v1/funnel', () =>
      Response.json({ error: 'The "from" query parameter must be a day like 2026-11-27 (counts are kept per UTC day); got "last week".' }, { status: 400 }),
    );
    await openApp(fake, '/funnel?from=last%20week');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The “From” filter cannot be applied: it must be a day like 2026-11-27 (counts are kept per UTC day); got "last week".');
    const from = screen.getByLabelText('From (UTC day)');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(from.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('says how counting starts when nothing was counted yet, instead of empty tables', async () => {
    fake.replies.set('GET /v1/funnel', () => Response.json(NOTHING_COUNTED));
    await openApp(fake, '/funnel');

    const empty = await screen.findByRole('region', { name: 'Nothing counted yet' });
    expect(empty.textContent).toContain('the widget’s countEvents option is on by default');
    expect(empty.textContent).toContain('data-count-events="false"');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Response rate' })).toBeNull();
  });

  it('is a view of its own in the navigation, carrying the survey, and titles the page', async () => {
    await openApp(fake, '/?survey=checkout-study');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });
    const link = screen.getByRole('link', { name: 'Who answered' });
    expect(link.getAttribute('href')).toBe('/funnel?survey=checkout-study');

    fireEvent.click(link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Who answered' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Who answered · Candor results'));
    expect(screen.getByRole('link', { name: 'Who answered' }).getAttribute('aria-current')).toBe('page');
  });
});
