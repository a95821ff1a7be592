/** The widget's only styles. They live inside its shadow root, so nothing leaks in or out. */
export const css = `
:host {
  all: initial;
  position: fixed;
  bottom: 16px;
  z-index: 2147483000;
  --candor-bg: #ffffff;
  --candor-fg: #1d1f24;
  --candor-muted: #545a66;
  --candor-border: #d9dce3;
  --candor-accent: #2f5bd3;
  --candor-accent-fg: #ffffff;
  --candor-field: #f7f8fa;
  --candor-focus: #2f5bd3;
  --candor-radius: 14px;
  --candor-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color-scheme: light;
}
:host([data-position="bottom-right"]) { right: 16px; }
:host([data-position="bottom-left"]) { left: 16px; }
:host([data-theme="dark"]) {
  --candor-bg: #1e2027; --candor-fg: #eceef2; --candor-muted: #b3b8c4; --candor-border: #3a3e4a;
  --candor-accent: #8fb0ff; --candor-accent-fg: #10131a; --candor-field: #272a33; --candor-focus: #8fb0ff;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :host([data-theme="system"]) {
    --candor-bg: #1e2027; --candor-fg: #eceef2; --candor-muted: #b3b8c4; --candor-border: #3a3e4a;
    --candor-accent: #8fb0ff; --candor-accent-fg: #10131a; --candor-field: #272a33; --candor-focus: #8fb0ff;
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
.card {
  width: min(380px, calc(100vw - 32px));
  max-height: calc(100vh - 32px);
  overflow: auto;
  background: var(--candor-bg);
  color: var(--candor-fg);
  border: 1px solid var(--candor-border);
  border-radius: var(--candor-radius);
  box-shadow: 0 12px 32px rgba(16, 24, 40, 0.18), 0 2px 6px rgba(16, 24, 40, 0.08);
  font: 15px/1.45 var(--candor-font);
  padding: 18px 18px 16px;
  animation: candor-in 180ms ease-out;
}
@keyframes candor-in { from { opacity: 0; transform: translateY(8px); } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.title { margin: 0; font-size: 16px; font-weight: 650; }
.body { margin: 8px 0 14px; color: var(--candor-muted); }
.progress { margin: 0 0 6px; font-size: 13px; color: var(--candor-muted); }
.question { display: block; margin: 0 0 10px; font-weight: 600; }
.hint { font-weight: 400; color: var(--candor-muted); }
textarea {
  display: block; width: 100%; min-height: 96px; resize: vertical;
  padding: 10px 12px; border: 1px solid var(--candor-border); border-radius: 10px;
  background: var(--candor-field); color: var(--candor-fg); font: inherit;
}
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 14px; }
.spacer { flex: 1; }
button {
  min-height: 36px; min-width: 36px; padding: 0 14px; border-radius: 10px; font: inherit; font-weight: 550;
  cursor: pointer; border: 1px solid var(--candor-border); background: transparent; color: var(--candor-fg);
}
button.primary { background: var(--candor-accent); border-color: var(--candor-accent); color: var(--candor-accent-fg); }
button.quiet { border-color: transparent; color: var(--candor-muted); }
button.quiet:hover { color: var(--candor-fg); background: var(--candor-field); }
button.icon { border: none; font-size: 22px; line-height: 1; padding: 0; color: var(--candor-muted); }
button:disabled { opacity: 0.6; cursor: default; }
:focus-visible, textarea:focus { outline: 3px solid var(--candor-focus); outline-offset: 2px; }
`;
