import { createApp, defineComponent, h, nextTick, onMounted, ref } from 'vue';
import { fireEvent, render, screen, waitFor } from '@testing-library/vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Candor, useCandor, type CandorOptions } from '../src/index.js';
import { trackPageListeners } from '../../../test/adapters/page-listeners.js';
import { pageViewsCounted, widget, widgetsOnPage } from '../../../test/adapters/widget-queries.js';
import { answerAndFinish, functionOptions, ONE_QUESTION } from '../../../test/adapters/function-options.js';

const ENDPOINT = 'https://collect.test/v1/answers';
const options: CandorOptions = { endpoint: ENDPOINT, product: 'Acme', trigger: 'manual' };

afterEach(() => vi.restoreAllMocks());

/** The product's own button, as app code would wire it. */
const ShareButton = defineComponent({
  setup() {
    const candor = useCandor();
    return () => h('button', { onClick: () => candor.open() }, 'Tell us what you think');
  },
});

/** A page holding <Candor> with the given (reactive) options around the app's button. */
const page = (props: () => Partial<CandorOptions>, extra: () => unknown = () => null) =>
  defineComponent({ setup: () => () => h(Candor, { ...options, ...props() }, () => [h(ShareButton), extra()]) });

const openFromTheAppsButton = async () => {
  await fireEvent.click(screen.getByRole('button', { name: 'Tell us what you think' }));
  return waitFor(() => widget().getByRole('dialog'));
};

/** The widget speaks the configured locale (its own sentences, and the team's questions with it). */
const TEAM_QUESTIONS = [{ id: 'hope', prompt: 'Was würde KI für Sie tun?' }];
const questionLang = () => document.querySelector('candor-widget')!.getAttribute('lang');

describe('<Candor> and useCandor()', () => {
  it('renders its slot, and the app’s own button opens the questions through useCandor()', async () => {
    render(page(() => ({})));
    const dialog = await openFromTheAppsButton();
    expect(dialog.textContent).toContain("What's the last thing you used Acme for?");
    expect(widgetsOnPage()).toBe(1);
  });

  it('starts Candor once mounted, counting one page view', async () => {
    render(page(() => ({ trigger: 'auto' })));
    await waitFor(() => expect(pageViewsCounted()).toBe(1));
  });

  it('a parent re-rendering with equal options (a new metadata object, same content) leaves the open widget alone', async () => {
    const metadata = ref<Record<string, string>>({ plan: 'pro' });
    render(page(() => ({ metadata: metadata.value })));
    await openFromTheAppsButton();
    metadata.value = { plan: 'pro' };
    await nextTick();
    await new Promise((r) => setTimeout(r, 50));
    expect(widget().getByRole('dialog', { name: 'Share your thoughts' })).toBeTruthy(); // a restart would have closed it
  });

  it('a new locale starts Candor again with it, and handlers given to on() keep being called', async () => {
    const shown: string[] = [];
    const Listener = defineComponent({
      setup() {
        const candor = useCandor();
        onMounted(() => candor.on('shown', ({ view }) => shown.push(view)));
        return () => null;
      },
    });
    const locale = ref('en');
    render(page(() => ({ locale: locale.value, questions: TEAM_QUESTIONS }), () => h(Listener)));
    await openFromTheAppsButton();
    expect(questionLang()).toBe('en');
    await waitFor(() => expect(shown).toEqual(['questions']));

    locale.value = 'de';
    await waitFor(() => expect(widgetsOnPage()).toBe(0)); // the old widget was stopped
    await openFromTheAppsButton();
    expect(questionLang()).toBe('de');
    await waitFor(() => expect(shown).toEqual(['questions', 'questions']));
  });

  it('unmounting removes the widget and every listener Candor added to the page', async () => {
    const listeners = trackPageListeners();
    const { unmount } = render(page(() => ({})));
    await openFromTheAppsButton();
    expect(listeners.stillAttached()).toEqual(expect.arrayContaining(['window online', 'window pagehide', 'document visibilitychange']));

    unmount();
    await waitFor(() => expect(widgetsOnPage()).toBe(0));
    expect(listeners.stillAttached().filter((l) => /online|pagehide|visibilitychange/.test(l))).toEqual([]);
  });

  it('without the plugin or <Candor>, useCandor().open() opens nothing and warns how to fix it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(ShareButton);
    await fireEvent.click(screen.getByRole('button', { name: 'Tell us what you think' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(widgetsOnPage()).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('app.use(Candor, options)'));
  });
});

describe('<Candor> with function props', () => {
  it('passes them as they are: beforeSend and a transport run, and the latest one given is called', async () => {
    const first = functionOptions();
    const latest = functionOptions();
    const which = ref(first);
    render(page(() => ({ questions: ONE_QUESTION, beforeSend: which.value.beforeSend, transport: which.value.transport })));
    await openFromTheAppsButton();
    which.value = latest; // new function identities restart nothing
    await nextTick();
    await answerAndFinish('A fair tutor');
    await waitFor(() => expect(latest.seen.transport).toHaveLength(1));
    expect(latest.seen.beforeSend).toEqual([latest.seen.transport[0]!.id]);
    expect(latest.seen.transport[0]!.context.metadata).toEqual({ redactedBy: 'team' });
    expect(first.seen.beforeSend).toEqual([]);
  });

  it('passes a headers function as it is: the built-in sender sends its header', async () => {
    const given = functionOptions();
    given.fetchSpy();
    render(page(() => ({ questions: ONE_QUESTION, headers: given.headers })));
    await openFromTheAppsButton();
    await answerAndFinish('A fair tutor');
    await waitFor(() => expect(given.seen.sentHeaders).toContain('Bearer team-token'));
  });
});

describe('app.use(Candor, options)', () => {
  const mountApp = () => {
    const root = document.createElement('div');
    document.body.append(root);
    const app = createApp(ShareButton).use(Candor, { ...options, trigger: 'auto' });
    return { app, root };
  };

  it('starts nothing until the app mounts, then useCandor() anywhere in the app opens the questions', async () => {
    const { app, root } = mountApp();
    await new Promise((r) => setTimeout(r, 20));
    expect(pageViewsCounted()).toBe(0);

    app.mount(root);
    await waitFor(() => expect(pageViewsCounted()).toBe(1)); // counted once the browser is idle
    await openFromTheAppsButton();
    app.unmount();
  });

  it('unmounting the app removes the widget and every listener Candor added to the page', async () => {
    const listeners = trackPageListeners();
    const { app, root } = mountApp();
    app.mount(root);
    await openFromTheAppsButton();

    app.unmount();
    await waitFor(() => expect(widgetsOnPage()).toBe(0));
    expect(listeners.stillAttached().filter((l) => /online|pagehide|visibilitychange/.test(l))).toEqual([]);
  });

  it('passes beforeSend, a transport and a headers function as they are', async () => {
    const given = functionOptions();
    const root = document.createElement('div');
    document.body.append(root);
    const app = createApp(ShareButton).use(Candor, { ...options, questions: ONE_QUESTION, beforeSend: given.beforeSend, transport: given.transport });
    app.mount(root);
    await openFromTheAppsButton();
    await answerAndFinish('A fair tutor');
    await waitFor(() => expect(given.seen.transport).toHaveLength(1));
    expect(given.seen.transport[0]!.context.metadata).toEqual({ redactedBy: 'team' });
    app.unmount();

    const withHeaders = functionOptions();
    withHeaders.fetchSpy();
    const again = createApp(ShareButton).use(Candor, { ...options, questions: ONE_QUESTION, headers: withHeaders.headers });
    again.mount(root);
    await openFromTheAppsButton();
    await answerAndFinish('A fair tutor');
    await waitFor(() => expect(withHeaders.seen.sentHeaders).toContain('Bearer team-token'));
    again.unmount();
  });
});
