import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunningCollector } from '../../src/start-collector.js';
import { useTestCollectors } from '../helpers/use-test-collector.js';

/** A stand-in for the built app; `preview` adds the editor's preview page. */
function builtApp(preview: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'candor-app-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Results</title>');
  if (preview) writeFileSync(join(dir, 'preview.html'), '<!doctype html><title>Preview</title><script type="module" src="/assets/preview-1.js"></script>');
  return dir;
}

let collector: RunningCollector;
let withoutPreview: RunningCollector;
useTestCollectors([{ appDir: builtApp(true) }, { appDir: builtApp(false) }], (_, [c, w]) => ((collector = c!), (withoutPreview = w!)));

describe('the survey editor’s live preview page', () => {
  it('lets the app frame its own preview page, and nothing else', async () => {
    const csp = (await fetch(`${collector.url}/questions?survey=checkout`)).headers.get('content-security-policy')!;

    expect(csp).toContain("frame-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves the preview page to be framed by the collector’s own pages only, running only its own script', async () => {
    const response = await fetch(`${collector.url}/preview`);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Preview</title>');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('says how to build it when the app was built without it', async () => {
    const response = await fetch(`${withoutPreview.url}/preview`);

    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toMatch(/^The results app's preview page is not built \(no preview\.html in .*\); run npm run build/);
  });
});
