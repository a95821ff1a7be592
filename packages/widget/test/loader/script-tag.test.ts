import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { collectorDouble, ENDPOINT } from '../helpers/collector-double.js';
import { isShown, widget } from '../helpers/ui-helpers.js';
import { fireEvent } from '@testing-library/preact';
import { http, HttpResponse } from 'msw';
import type { CandorGlobal } from '../../src/loader/script-tag.js';

const collector = collectorDouble();
beforeAll(() => collector.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => collector.server.close());
afterEach(() => {
  (window.Candor as { destroy?: () => void } | undefined)?.destroy?.();
  delete window.Candor;
  vi.restoreAllMocks();
});

const candor = () => window.Candor as CandorGlobal;

/** Runs candor.js as the browser would: as the current script, with the given data-* attributes. */
async function loadScript(attributes: Record<string, string>) {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(script);
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  vi.resetModules();
  await import('../../src/loader/script-tag.js');
  Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
}

/** The queue snippet from the README, as a page would run it before candor.js loads. */
function queueSnippet() {
  const w = window as unknown as { Candor: { q: unknown[][] } & Record<string, unknown> };
  w.Candor = w.Candor || { q: [] };
  for (const m of ['init', 'open', 'close', 'track', 'flush', 'stats', 'withdraw', 'on', 'destroy']) {
    w.Candor[m] =
      w.Candor[m] ||
      function (...args: unknown[]) {
        return new Promise((resolve) => w.Candor.q.push([m, args, resolve]));
      };
  }
  return w.Candor as unknown as { open(): Promise<void>; track(event: string): Promise<void> };
}

describe('the script tag', () => {
  it('sends to a destination by name, with its key, and static headers from a JSON attribute are validated', async () => {
    const received: { auth: string | null; body: { batch: { messageId: string; properties: { answer_hope: string } }[] } }[] = [];
    collector.server.use(
      http.post('https://api.segment.test/v1/batch', async ({ request }) => {
        received.push({ auth: request.headers.get('Authorization'), body: (await request.json()) as never });
        return HttpResponse.json({ success: true });
      }),
    );
    await loadScript({ 'data-endpoint': 'https://api.segment.test', 'data-destination': 'segment', 'data-destination-key': 'wk_public', 'data-trigger': 'manual' });
    candor().open();
    await waitFor(() => widget().getByRole('dialog'));
    fireEvent.click(widget().getByRole('button', { name: 'Skip' }));
    fireEvent.input(widget().getByRole('textbox'), { target: { value: 'A fair tutor' } });
    for (const name of ['Next', 'Skip', 'Skip']) fireEvent.click(widget().getByRole('button', { name }));
    await waitFor(() => expect(received).toHaveLength(1));
    expect(received[0]!.auth).toBe(`Basic ${btoa('wk_public:')}`);
    expect(received[0]!.body.batch[0]!.properties.answer_hope).toBe('A fair tutor');
  });

  it('reads static headers from a JSON attribute, and names a malformed one once Candor has something to do', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-headers': '{"X-Tenant": 42}', 'data-trigger': 'manual' });
    await new Promise((r) => setTimeout(r, 50));
    expect(error).not.toHaveBeenCalled(); // nothing to do on this page view: nothing loaded, nothing checked
    candor().open();
    await waitFor(() =>
      expect(error.mock.calls[0]![0]).toBe(
        '[candor] option "data-headers.X-Tenant" must be an object of header strings, or a function returning one (got 42). Candor will not show or send anything.',
      ),
    );
    expect(isShown()).toBe(false);
  });

  it('with data-debug, names a bad attribute as soon as the page is idle', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // (happy-dom leaves an empty data-debug out of dataset; browsers do not, and the loader takes it too)
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-debug': 'true', 'data-trigger': 'manual', 'data-position': 'middle' });
    await waitFor(() => expect(error.mock.calls[0]![0]).toMatch(/^\[candor\] option "data-position" must be "bottom-right", "bottom-left", "top-right" or "top-left" \(got "middle"\)/));
  });

  it('names a bad option given to Candor.init() as written there, not as a data-* attribute', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    queueSnippet();
    void (window.Candor as unknown as { init(o: object): Promise<void> }).init({ endpoint: ENDPOINT, trigger: 'manual', questions: [{ id: 'hope', prompt: '' }], debug: true });
    await loadScript({});
    await waitFor(() => expect(error.mock.calls[0]![0]).toMatch(/^\[candor\] option "questions\.0\.prompt" must be non-empty text/));
  });

  it('starts from its data-* attributes and exposes window.Candor', async () => {
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-product': 'Acme', 'data-trigger': 'manual' });
    candor().open();
    await waitFor(() => expect(widget().getByRole('textbox', { name: /last thing you used Acme for/ })).toBeTruthy());
  });

  it('keeps calls made before it loaded and runs them in order', async () => {
    const early = queueSnippet();
    void early.open();
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-trigger': 'manual' });
    await waitFor(() => expect(isShown()).toBe(true));
  });

  it('names a bad attribute in one console error, and shows nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-sample-rate': 'most', 'data-trigger': 'manual' });
    candor().open();
    await new Promise((r) => setTimeout(r, 50));
    expect(error.mock.calls).toEqual([
      ['[candor] option "data-sample-rate" must be a number from 0 to 1 (got "most"). Candor will not show or send anything.'],
    ]);
    expect(isShown()).toBe(false);
  });

  it('reads research options from attributes: a page list, an app event and the team’s wording', async () => {
    history.replaceState(null, '', '/chat/7');
    const early = queueSnippet();
    void early.track('task_completed'); // before candor.js loaded: kept, and counted
    await loadScript({
      'data-endpoint': ENDPOINT,
      'data-product': 'Acme',
      'data-pages': '/chat/*, /help',
      'data-event': 'task_completed',
      'data-delay-ms': '0',
      'data-strings': '{"inviteTitle": "Two minutes for Acme?"}',
    });
    await waitFor(() => expect(widget().getByRole('region', { name: 'Two minutes for Acme?' })).toBeTruthy(), { timeout: 3000 });
    history.replaceState(null, '', '/');
  });

  it('names a bad list attribute when the invitation would come', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-pages': 'chat', 'data-min-page-views': '1', 'data-delay-ms': '0' });
    await waitFor(() =>
      expect(error.mock.calls[0]![0]).toBe(
        '[candor] option "data-pages.0" must be a path such as "/chat/*" (starting with "/" or "*") (got "chat"). Candor will not show or send anything.',
      ),
    );
  });

  it('names a misspelt attribute when the user opens the questions', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-triger': 'manual' });
    candor().open();
    await waitFor(() => expect(error.mock.calls[0]![0]).toBe('[candor] unknown option "data-triger". Candor will not show or send anything.'));
    expect(isShown()).toBe(false);
  });

  it('names a number attribute that is not one at once, since the page-view rules read it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadScript({ 'data-endpoint': ENDPOINT, 'data-min-page-views': 'three' });
    await waitFor(() => expect(error.mock.calls[0]![0]).toMatch(/^\[candor\] option "data-min-page-views" must be a whole number of at least 1 \(got "three"\)/));
  });

  it('says how to start it when open() comes before any configuration', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await loadScript({});
    candor().open();
    expect(error.mock.calls[0]![0]).toMatch(/add data-endpoint to the script tag, or call Candor\.init/);
  });

});
