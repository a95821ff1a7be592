import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { openApp, useFakeCollector } from './helpers/fake-collector.js';

const fake = useFakeCollector();

describe('the overview', () => {
  it('shows submissions, people, finished and partial, in the viewer’s numbers', async () => {
    await openApp(fake, '/?survey=checkout-study');

    const totals = await screen.findByText('Submissions', { selector: 'dt' });
    const stats = totals.closest('dl')!;
    expect([...stats.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`)).toEqual([
      'Submissions: 42',
      'People: 37',
      'Finished: 35',
      'Left part-way: 7',
    ]);
  });

  it('asks for the survey shown, bucketed in the viewer’s time zone', async () => {
    await openApp(fake, '/?survey=checkout-study&bucket=week');
    await screen.findByRole('heading', { name: 'Submissions per week' });

    const [read] = fake.requests('/v1/overview');
    expect(read?.searchParams.get('survey')).toBe('checkout-study');
    expect(read?.searchParams.get('bucket')).toBe('week');
    expect(read?.searchParams.get('tz')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('lists languages by name, questions by their wording, and the answers per day as a table too', async () => {
    await openApp(fake, '/');

    const languages = await screen.findByRole('region', { name: 'Languages' });
    expect(within(languages).getByText('English')).toBeTruthy();
    expect(within(languages).getByText('Portuguese')).toBeTruthy();
    const questions = screen.getByRole('region', { name: 'Questions answered' });
    expect(within(questions).getByText('If you could wave a magic wand, what would AI do for you?')).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toHaveLength(3);
    expect(rows[2]!.textContent).toContain('12');
  });

  it('shows the latest answers with how long ago they came and the exact time on hover', async () => {
    await openApp(fake, '/');

    const latest = await screen.findByRole('region', { name: 'Latest answers' });
    const time = within(latest).getByText('3h ago');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('title')).toMatch(/\d{4}.*\d{1,2}:\d{2}:\d{2}/);
    expect(within(latest).getByText('Take the admin off my plate so I can spend evenings with my kids.')).toBeTruthy();
  });

  it('says so when there is nothing yet, instead of empty charts', async () => {
    fake.replies.set('GET /v1/overview', () =>
      Response.json({ submissions: 0, people: 0, finished: 0, partial: 0, firstReceivedAt: null, lastReceivedAt: null, languages: [], questions: [], timeline: { bucket: 'day', tz: 'UTC', points: [] }, latest: [] }),
    );
    await openApp(fake, '/');

    expect(await screen.findByRole('heading', { name: 'No answers here yet' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
