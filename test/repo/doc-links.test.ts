import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The text outside fenced code blocks and inline code, where a link is a link. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** Relative link and image targets: `[text](target)` and `![alt](target)`. */
function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] ?? '').filter((target) => !/^[a-z]+:/i.test(target));
}

/** The anchors GitHub gives a page's headings. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = (heading ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count ? `${slug}-${count}` : slug);
  }
  return result;
}

describe('the README and the pages under docs/', () => {
  it.each(pages)('%s: every relative link and image resolves, anchors included', (page) => {
    const broken = relativeLinks(read(page)).filter((target) => {
      const [path = '', anchor] = target.split('#');
      const file = path ? join(dirname(join(root, page)), decodeURI(path)) : join(root, page);
      if (!existsSync(file)) return true;
      if (!anchor) return false;
      return !(statSync(file).isFile() && file.endsWith('.md') && anchors(readFileSync(file, 'utf8')).has(anchor));
    });

    expect(broken).toEqual([]);
  });

  it('the README keeps the two set-up commands exactly', () => {
    const readme = read('README.md');

    expect(readme).toContain('\nnpm ci && npm start ');
    expect(readme).toContain('\nbash scripts/install-test-deps.sh && npm ci && npm test ');
  });

  it('the README links every page under docs/ and stays a five-minute read (the rest belongs in docs/)', () => {
    const linked = relativeLinks(read('README.md')).map((target) => target.split('#')[0]);

    expect(pages.filter((page) => page !== 'README.md' && !linked.includes(page)).map((page) => relative(root, join(root, page)))).toEqual([]);
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(200);
  });
});
