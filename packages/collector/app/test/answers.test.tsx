import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { openApp, useFakeCollector } from './helpers/fake-collector.js';

const fake = useFakeCollector();

describe('every answer, whole', () => {
  it('shows each question as it was worded, its answer, and the follow-up under its parent', async () => {
    await openApp(fake, '/answers');

    const card = (await screen.findAllByRole('article'))[0]!;
    const hope = within(card).getByText('If you could wave a magic wand, what would AI do for you?').closest('li')!;
    expect(within(hope).getByText('Take the admin off my plate so I can spend evenings with my kids.')).toBeTruthy();
    expect(within(hope).getByText('Follow-up: What would realising that make possible for you?')).toBeTruthy();
    expect(within(hope).getByText('Being present at dinner instead of answering email.')).toBeTruthy();
    // A question shown but not answered says so, instead of leaving a blank.
    const fear = within(card).getByText(/^Are there ways AI might be developed/).closest('li')!;
    expect(within(fear).getByText('Skipped')).toBeTruthy();
  });

  it('shows what came with the answers, in words: consent, trigger, redactions, metadata, respondent, survey version', async () => {
    await openApp(fake, '/answers');

    const card = (await screen.findAllByRole('article'))[0]!;
    expect(within(card).getByText('Brazilian Portuguese')).toBeTruthy();
    expect(within(card).getByText('Left part-way')).toBeTruthy();
    const facts = Object.fromEntries([...card.querySelectorAll('.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toMatchObject({
      Survey: 'checkout-study, version 3',
      Respondent: 'Person 5FNZQS',
      Quotes: 'Allowed',
      'How it was offered': 'Offered after “checkout-complete”',
      'Who was asked': '25% of visitors, chosen at random',
      'Removed on the device': '2 email addresses, 1 phone number',
      Page: '/checkout',
      Product: 'Acme Assistant',
      plan: 'pro',
      seats: '12',
    });
  });

  it('applies search and filters together, keeps them in the URL and asks the collector for them', async () => {
    await openApp(fake, '/answers?survey=checkout-study');
    await screen.findAllByRole('article');

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search answers' }), { target: { value: 'dinner' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'pt' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Finished or not' }), { target: { value: 'true' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Quotes' }), { target: { value: 'quotes' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Detail' }), { target: { value: 'plan' } });
    fireEvent.input(screen.getByRole('combobox', { name: 'Detail value' }), { target: { value: 'pro' } });
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-11-27' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('dinner'));
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      q: 'dinner',
      locale: 'pt',
      partial: 'true',
      consent: 'quotes',
      from: '2026-11-27',
      metaKey: 'plan',
      metaValue: 'pro',
      survey: 'checkout-study',
    });
    await waitFor(() => expect(fake.requests('/v1/answers')).toHaveLength(2));
    const asked = fake.requests('/v1/answers')[1]!.searchParams;
    expect(asked.get('q')).toBe('dinner');
    expect(asked.get('metaKey')).toBe('plan');
    // A day is the viewer's local day: its first instant, where they are.
    expect(asked.get('from')).toBe(new Date(2026, 10, 27).toISOString());
  });

  it('says on screen why a filter cannot apply, naming it as the form does, and marks that field', async () => {
    fake.replies.set('GET /v1/answers', () =>
      Response.json({ error: 'The "from" query parameter must be a day like 2026-11-27 or a date-time like 2026-11-27T09:30:00Z; got "last week".' }, { status: 400 }),
    );
    await openApp(fake, '/answers?from=last%20week');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The “From” filter cannot be applied: it must be a day like 2026-11-27 or a date-time like 2026-11-27T09:30:00Z; got "last week".');
    const from = screen.getByLabelText('From');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(from.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('pages through long lists, newest first', async () => {
    fake.replies.set('GET /v1/answers', () => Response.json({ total: 45, limit: 20, offset: 20, items: [] }));
    await openApp(fake, '/answers?page=2');
    await waitFor(() => expect(fake.requests('/v1/answers')).toHaveLength(1));
    expect(fake.requests('/v1/answers')[0]!.searchParams.get('offset')).toBe('20');
  });
});
