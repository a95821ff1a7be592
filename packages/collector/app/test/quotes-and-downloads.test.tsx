import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { QuoteWithText } from '../../src/themes/reports/quote-texts.js';
import { openApp, SURVEYS, useFakeCollector } from './helpers/fake-collector.js';

const fake = useFakeCollector();

const quote = (text: string, status: QuoteWithText['status']): QuoteWithText => ({
  submissionId: crypto.randomUUID(),
  questionId: 'hope',
  themes: [{ theme: 'time-freedom', label: 'Time freedom' }],
  language: 'en',
  receivedAt: new Date().toISOString(),
  status,
  decidedAt: status === 'pending' ? null : new Date().toISOString(),
  text,
});

describe('the quotes board', () => {
  it('shows waiting, approved and set-aside quotes in their columns, and moves one when approved', async () => {
    const waiting = quote('Evenings with my kids', 'pending');
    fake.replies.set('GET /v1/quotes', () => Response.json({ minGroupSize: 10, total: 2, limit: 500, offset: 0, items: [waiting, quote('A tutor for my daughter', 'approved')] }));
    await openApp(fake, '/quotes');

    const pending = await screen.findByRole('region', { name: 'Waiting for a decision' });
    const approved = screen.getByRole('region', { name: 'Approved for publishing' });
    expect(within(approved).getByText('A tutor for my daughter')).toBeTruthy();

    fireEvent.click(within(pending).getByRole('button', { name: 'Approve' }));

    await waitFor(() => expect(within(approved).getByText('Evenings with my kids')).toBeTruthy());
    expect(within(pending).queryByText('Evenings with my kids')).toBeNull();
    const decision = fake.seen.find((r) => r.method === 'POST' && r.url.pathname.startsWith('/v1/quotes/'))!;
    expect(decision.url.pathname).toBe(`/v1/quotes/${waiting.submissionId}/hope`);
    expect(decision.body).toEqual({ status: 'approved' });
    expect(screen.getByText('Approve: moved to “Approved for publishing”.')).toBeTruthy();
  });

  it('asks for every quote of the survey shown, and links the approved ones as a download', async () => {
    await openApp(fake, '/quotes?survey=checkout-study');
    await screen.findByRole('region', { name: 'Waiting for a decision' });

    expect(fake.requests('/v1/quotes')[0]!.searchParams.get('status')).toBe('all');
    expect(screen.getByRole('link', { name: 'Download approved quotes (CSV)' }).getAttribute('href')).toBe('/v1/quotes.csv?survey=checkout-study');
  });
});

describe('downloads', () => {
  it('link every file for the filters in force; the report for the survey and dates only', async () => {
    await openApp(fake, '/downloads?survey=checkout-study&locale=pt&from=2026-11-01');
    await screen.findByRole('heading', { name: 'Downloads' });

    const from = encodeURIComponent(new Date(2026, 10, 1).toISOString());
    const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Download submissions')).toBe(`/v1/submissions.csv?survey=checkout-study&locale=pt&from=${from}`);
    expect(href('Download answers')).toBe(`/v1/answers.csv?survey=checkout-study&locale=pt&from=${from}`);
    expect(href('Download JSON Lines')).toBe(`/v1/answers.jsonl?survey=checkout-study&locale=pt&from=${from}`);
    expect(href('Download the report')).toBe(`/v1/report.html?survey=checkout-study&from=${from}`);
    expect(screen.getByText(/Only what matches your filters: Survey checkout-study, Language pt, From /)).toBeTruthy();
  });
});

describe('sample data', () => {
  it('is labelled as such on every view, and removed in one step', async () => {
    fake.replies.set('GET /v1/surveys', () => Response.json({ surveys: [{ ...SURVEYS.surveys[0]!, surveyId: 'sample-study', sampleData: true, submissions: 240 }] }));
    await openApp(fake, '/answers');

    expect((await screen.findByText(/answers from made-up people/)).textContent).toContain('240');
    fireEvent.click(screen.getByRole('button', { name: 'Remove sample data' }));

    expect((await screen.findByText(/Sample data removed/)).textContent).toBe('Sample data removed (240 made-up submissions).');
    expect(fake.seen.some((r) => r.method === 'DELETE' && r.url.pathname === '/v1/sample-data')).toBe(true);
  });
});
