import { useEffect, useRef, useState } from 'preact/hooks';
import { languageName } from '../format/language-name.js';
import { useScheme } from '../ui/color-scheme.js';
import type { DefinitionBody } from './draft.js';
import { previewOptions, type PreviewMessage } from './preview-options.js';

/** The real widget, showing the draft as it stands, in a page of its own (/preview) framed here. */
export function LivePreview({ body, locales }: { body: DefinitionBody; locales: readonly string[] }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [locale, setLocale] = useState(body.defaultLocale ?? 'en');
  const [consent, setConsent] = useState(false);
  // How many times the preview page said it is ready (a reload says it again): each gets the draft.
  const [ready, setReady] = useState(0);
  const scheme = useScheme();
  const shown = locales.includes(locale) ? locale : (body.defaultLocale ?? 'en');

  useEffect(() => {
    const onMessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.origin === window.location.origin && event.source === frame.current?.contentWindow && event.data?.type === 'candor-preview-ready') setReady((n) => n + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const text = JSON.stringify(body);
  // Sent a moment after typing stops, so the widget is not restarted on every key.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      const message: PreviewMessage & { scheme: string } = { type: 'candor-preview', options: previewOptions(body, shown, consent), scheme };
      frame.current?.contentWindow?.postMessage(message, window.location.origin);
    }, 300);
    return () => clearTimeout(timer);
  }, [ready, text, shown, consent, scheme]);

  return (
    <section class="card editor-section preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <div class="editor-row">
        <div class="field">
          <label for="preview-language">Language shown</label>
          <select id="preview-language" class="select" value={shown} onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value)}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {languageName(l)} ({l})
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)} />
          Show the purpose screen first
        </label>
      </div>
      <iframe ref={frame} src="/preview" title="Preview of the widget with this draft" class="preview-frame" />
      <p class="hint">The real widget, restarted as you type. Answers typed in it go nowhere.</p>
    </section>
  );
}
