import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ThemeBreakdownReply } from '@candor/protocol';
import type { QuestionThemes, ThemeReport } from '../../src/themes/reports/theme-report.js';
import { openApp, useFakeCollector } from './helpers/fake-collector.js';

const fake = useFakeCollector();

const theme = (id: string, label: string, respondents: number, of: number, studyShare?: number) => ({
  theme: id,
  label,
  respondents,
  share: respondents / of,
  interval: { low: respondents / of - 0.1, high: respondents / of + 0.1 },
  ...(studyShare === undefined ? {} : { studyShare }),
});
const question = (method: QuestionThemes['method'], over: Partial<QuestionThemes> = {}): QuestionThemes => ({
  questionId: 'hope',
  method,
  labelledBy: method === 'local' ? 'word clustering' : 'keyword rules',
  classifier: method,
  classifierVersion: '1',
  schemeVersion: '1',
  overall: {
    respondents: 60,
    notClassified: { respondents: 0, share: 0 },
    themes: [theme('time-freedom', 'Time freedom', 30, 60, 0.111), theme('learning-growth', 'Learning & growth', 18, 60, 0.084)],
    other: { respondents: 12, share: 0.2, themes: 3 },
    foldedThemes: 3,
    otherSuppressed: false,
  },
  byMonth: [],
  byLanguage: [],
  ...over,
});
const reportOf = (...questions: QuestionThemes[]): ThemeReport => ({ minGroupSize: 10, questions, lightAndShade: { available: false, pairs: [], foldedPairs: 0 } });

describe('themes as findings', () => {
  it('gives each theme its share, its 95% range and the study’s share, in words', async () => {
    fake.replies.set('GET /v1/themes', () => Response.json(reportOf(question('keyword-rules'))));
    await openApp(fake, '/themes');

    const bar = await screen.findByRole('img', { name: /^Time freedom:/ });
    expect(bar.getAttribute('aria-label')).toBe('Time freedom: 50% of people, plausibly 40% to 60%; the study: 11%');
    expect(screen.getByText('Other (3 smaller themes together)')).toBeTruthy();
    expect(screen.getByText(/3 themes hold fewer than 10 people, so they are shown together as “Other”/)).toBeTruthy();
  });

  it('opens a theme’s answers from its name, keeping the view in the URL', async () => {
    fake.replies.set('GET /v1/themes', () => Response.json(reportOf(question('model'))));
    fake.replies.set('GET /v1/themes/answers', () =>
      Response.json({ questionId: 'hope', theme: 'time-freedom', label: 'Time freedom', total: 30, limit: 50, offset: 0, items: [{ submissionId: crypto.randomUUID(), text: 'Evenings with my kids', followUpText: 'Being there for bedtime', locale: 'en', receivedAt: new Date().toISOString() }] }),
    );
    await openApp(fake, '/themes?survey=checkout-study');

    fireEvent.click(await screen.findByRole('button', { name: 'Time freedom: read its answers' }));

    const answers = await screen.findByRole('region', { name: '“Time freedom”: 30 answers' });
    expect(within(answers).getByText('Evenings with my kids')).toBeTruthy();
    expect(within(answers).getByText('Being there for bedtime')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('theme')).toBe('time-freedom');
    const asked = fake.requests('/v1/themes/answers')[0]!.searchParams;
    expect([asked.get('questionId'), asked.get('theme'), asked.get('survey')]).toEqual(['hope', 'time-freedom', 'checkout-study']);
  });

  it('breaks themes down by a metadata key, with a dash for cells under the threshold', async () => {
    fake.replies.set('GET /v1/themes', () => Response.json(reportOf(question('model'))));
    const breakdown: ThemeBreakdownReply = {
      questionId: 'hope',
      by: 'metadata',
      key: 'plan',
      minGroupSize: 10,
      groups: [{ group: 'pro', respondents: 40, themes: [theme('time-freedom', 'Time freedom', 20, 40)], other: null }],
      otherGroups: { groups: 2, respondents: 15 },
    };
    fake.replies.set('GET /v1/themes/breakdown', () => Response.json(breakdown));
    await openApp(fake, '/themes');

    fireEvent.change(await screen.findByRole('combobox', { name: 'Break down by' }), { target: { value: 'plan' } });

    await waitFor(() => expect(fake.requests('/v1/themes/breakdown').some((u) => u.searchParams.get('key') === 'plan')).toBe(true));
    const table = await screen.findByRole('table', { name: 'Share of people holding each theme, by plan' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows[0]).toContain('pro40 people');
    expect(rows[0]).toContain('Other values15 people');
    expect(rows[1]).toContain('Time freedom50%');
    expect(rows[2]).toContain('fewer than 10 people');
    expect(new URLSearchParams(window.location.search).get('by')).toBe('plan');
  });

  it('shows hopes beside the fears the same people hold, when enough people hold both', async () => {
    const report = reportOf(question('model'));
    report.lightAndShade = {
      available: true,
      pairs: [{ hope: 'learning-growth', hopeLabel: 'Learning & growth', concern: 'cognitive-atrophy', concernLabel: 'Cognitive atrophy', why: 'The tutor that teaches could also think for them.', holdHope: 25, holdBoth: 10, share: 0.4 }],
      foldedPairs: 2,
    };
    fake.replies.set('GET /v1/themes', () => Response.json(report));
    await openApp(fake, '/themes');

    const section = await screen.findByRole('region', { name: 'Hopes and the fears beside them' });
    expect(section.textContent).toContain('Learning & growth and Cognitive atrophy');
    expect(section.textContent).toContain('40% of 25 people');
  });
});

describe('themes without a model', () => {
  it('says plainly the answers are not sorted into themes, and keeps word groups out of the findings', async () => {
    fake.replies.set('GET /v1/themes', () => Response.json(reportOf(question('local'))));
    await openApp(fake, '/themes');

    expect(await screen.findByRole('heading', { name: 'These answers are not sorted into themes' })).toBeTruthy();
    expect(screen.queryByRole('img', { name: /^Time freedom/ })).toBeNull();
    expect(screen.queryByText(/95%/)).toBeNull();
    expect(screen.getByText('Groups of answers that share words (not findings)')).toBeTruthy();
    expect(fake.requests('/v1/themes/breakdown')).toEqual([]);
  });
});
