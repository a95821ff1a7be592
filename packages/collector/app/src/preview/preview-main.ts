// The editor's live preview (/preview, framed by the results app): the real widget (@candor/widget,
// as built), started with the draft's options each time the editor sends them, opened at once.
// Nothing it is given leaves the page: its transport accepts every submission and sends nothing.
import { init, type CandorInstance } from '@candor/widget';
import type { Submission } from '@candor/protocol';
import type { PreviewMessage } from '../editor/preview-options.js';
import '../styles/preview.css';

// The widget focuses its dialog when it opens, as it should on a product's page; here it restarts
// as the person types in the editor beside it, and must not take the focus from them. It may move
// the focus only while it is already in this page (someone using the preview itself).
const focus = HTMLElement.prototype.focus;
HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
  if (document.hasFocus()) focus.call(this, options);
};

let widget: CandorInstance | undefined;
const status = document.getElementById('preview-status');

/** Accepts everything, sends nothing: a preview's answers go nowhere. */
const nowhere = async (batch: Submission[]) => batch.map((submission) => ({ id: submission.id, status: 'accepted' as const }));

function show(options: Record<string, unknown>, scheme: unknown): void {
  widget?.destroy();
  widget = init({
    ...options,
    endpoint: '/v1/answers',
    surveyId: 'candor-preview',
    surveyVersion: 'preview',
    trigger: 'manual',
    transport: nowhere,
    countEvents: false,
    sendPartial: false,
    theme: scheme === 'dark' || scheme === 'light' ? scheme : 'system',
  });
  widget.open();
  if (status) status.textContent = 'The widget as people will see it. Answers typed here go nowhere.';
}

window.addEventListener('message', (event: MessageEvent<PreviewMessage & { scheme?: string }>) => {
  if (event.origin !== window.location.origin || event.data?.type !== 'candor-preview') return;
  document.documentElement.dataset['scheme'] = event.data.scheme === 'dark' ? 'dark' : 'light';
  show(event.data.options, event.data.scheme);
});

// The editor sends the draft once it hears the page is ready, and again after every change.
window.parent.postMessage({ type: 'candor-preview-ready' }, window.location.origin);
