/** @jsxImportSource react */
import { StrictMode, useEffect } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Candor, useCandor, type CandorProps } from '../src/index.js';
import { trackPageListeners } from '../../../test/adapters/page-listeners.js';
import { pageViewsCounted, widget, widgetsOnPage } from '../../../test/adapters/widget-queries.js';
import { answerAndFinish, functionOptions, ONE_QUESTION } from '../../../test/adapters/function-options.js';

const ENDPOINT = 'https://collect.test/v1/answers';

afterEach(() => vi.restoreAllMocks());

/** The product's own button, as app code would wire it. */
function ShareButton() {
  const candor = useCandor();
  return <button onClick={() => candor.open()}>Tell us what you think</button>;
}

function App(props: Partial<CandorProps>) {
  return (
    <Candor endpoint={ENDPOINT} product="Acme" trigger="manual" {...props}>
      <ShareButton />
    </Candor>
  );
}

const openFromTheAppsButton = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Tell us what you think' }));
  return waitFor(() => widget().getByRole('dialog'));
};

/** The widget speaks the configured locale (its own sentences, and the team's questions with it). */
const TEAM_QUESTIONS = [{ id: 'hope', prompt: 'Was würde KI für Sie tun?' }];
const questionLang = () => document.querySelector('candor-widget')!.getAttribute('lang');

describe('<Candor> and useCandor()', () => {
  it('renders its children, and the app’s own button opens the questions through useCandor()', async () => {
    render(<App />);
    const dialog = await openFromTheAppsButton();
    expect(dialog.textContent).toContain("What's the last thing you used Acme for?");
    expect(widgetsOnPage()).toBe(1);
  });

  it('starts Candor just after mounting, not while rendering, and counts one page view', async () => {
    render(<App trigger="auto" />);
    expect(pageViewsCounted()).toBe(0);
    await waitFor(() => expect(pageViewsCounted()).toBe(1));
  });

  it('under StrictMode’s double mount starts one widget, not two', async () => {
    render(
      <StrictMode>
        <App trigger="auto" minPageViews={1} delayMs={0} />
      </StrictMode>,
    );
    await waitFor(() => widget().getByRole('button', { name: /not now/i }));
    await new Promise((r) => setTimeout(r, 50));
    expect(widgetsOnPage()).toBe(1);
    expect(pageViewsCounted()).toBe(1);
  });

  it('a parent re-rendering with equal options (a new metadata object, same content) leaves the open widget alone', async () => {
    const { rerender } = render(<App metadata={{ plan: 'pro' }} />);
    await openFromTheAppsButton();
    rerender(<App metadata={{ plan: 'pro' }} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(widget().getByRole('dialog', { name: 'Share your thoughts' })).toBeTruthy(); // a restart would have closed it
  });

  it('a new locale starts Candor again with it, and handlers given to on() keep being called', async () => {
    const shown: string[] = [];
    function Listener() {
      const candor = useCandor();
      useEffect(() => candor.on('shown', ({ view }) => shown.push(view)), [candor]);
      return null;
    }
    const Page = ({ locale }: { locale: string }) => (
      <Candor endpoint={ENDPOINT} trigger="manual" locale={locale} questions={TEAM_QUESTIONS}>
        <ShareButton />
        <Listener />
      </Candor>
    );
    const { rerender } = render(<Page locale="en" />);
    await openFromTheAppsButton();
    expect(questionLang()).toBe('en');
    await waitFor(() => expect(shown).toEqual(['questions']));

    rerender(<Page locale="de" />);
    await waitFor(() => expect(widgetsOnPage()).toBe(0)); // the old widget was stopped
    await act(() => new Promise((r) => setTimeout(r, 10)));
    await openFromTheAppsButton();
    expect(questionLang()).toBe('de');
    await waitFor(() => expect(shown).toEqual(['questions', 'questions']));
  });

  it('unmounting removes the widget and every listener Candor added to the page', async () => {
    const listeners = trackPageListeners();
    const { unmount } = render(<App />);
    await openFromTheAppsButton();
    expect(listeners.stillAttached()).toEqual(expect.arrayContaining(['window online', 'window pagehide', 'document visibilitychange']));

    unmount();
    await waitFor(() => expect(widgetsOnPage()).toBe(0));
    expect(listeners.stillAttached().filter((l) => /online|pagehide|visibilitychange/.test(l))).toEqual([]);
  });

  it('open() called before Candor has started (from a child’s first effect) opens it once it starts', async () => {
    function OpensOnMount() {
      const candor = useCandor();
      useEffect(() => candor.open(), [candor]);
      return null;
    }
    render(
      <Candor endpoint={ENDPOINT} trigger="manual">
        <OpensOnMount />
      </Candor>,
    );
    await waitFor(() => widget().getByRole('dialog', { name: 'Share your thoughts' }));
  });

  it('outside <Candor>, useCandor().open() opens nothing and warns how to fix it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ShareButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Tell us what you think' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(widgetsOnPage()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('outside <Candor>'));
  });

  it('passes function props as they are: beforeSend and a transport run, and the latest one given is called', async () => {
    const first = functionOptions();
    const latest = functionOptions();
    const { rerender } = render(<App questions={ONE_QUESTION} beforeSend={first.beforeSend} transport={first.transport} />);
    await openFromTheAppsButton();
    // A new render with new function identities (inline arrows do this) restarts nothing.
    rerender(<App questions={ONE_QUESTION} beforeSend={latest.beforeSend} transport={latest.transport} />);
    await answerAndFinish('A fair tutor');
    await waitFor(() => expect(latest.seen.transport).toHaveLength(1));
    expect(latest.seen.beforeSend).toEqual([latest.seen.transport[0]!.id]);
    expect(latest.seen.transport[0]!.context.metadata).toEqual({ redactedBy: 'team' });
    expect(first.seen.beforeSend).toEqual([]);
  });

  it('passes a headers function as it is: the built-in sender sends its header', async () => {
    const options = functionOptions();
    options.fetchSpy();
    render(<App questions={ONE_QUESTION} headers={options.headers} />);
    await openFromTheAppsButton();
    await answerAndFinish('A fair tutor');
    await waitFor(() => expect(options.seen.sentHeaders).toContain('Bearer team-token'));
    expect(options.seen.headers).toBeGreaterThan(0);
  });
});
