// `npm run pack`: what a product team can install today, while the packages are not on the
// registry. Writes to .packs/ the npm tarballs of every package, and .packs/script-tag/: the
// script-tag files ready to copy to one folder of a site, their Subresource Integrity hashes
// (integrity.json) and a ready-to-paste tag (snippet.html). Run after `npm run build`.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The packages, in the order they depend on one another, with a file each build must have made. */
export const PACKAGES = [
  ['packages/protocol', 'dist/index.js'],
  ['packages/widget', 'dist/candor.js'],
  ['packages/collector', 'dist/cli.js'],
  ['packages/react', 'dist/index.js'],
  ['packages/vue', 'dist/index.js'],
];

/** The files the script tag loads: candor.js and the chunks it fetches from beside itself. */
const SCRIPT_FILE = /^candor[\w.-]*\.js$/;

/** A Subresource Integrity value (sha384, as browsers and `openssl dgst -sha384 -binary | base64` make it). */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The tag to paste, with candor.js's integrity, and a comment saying what the hash covers. */
export function snippetFor(integrity, { src = '/candor/candor.js', endpoint = 'https://collect.example.com/v1/answers', product = 'Acme Assistant' } = {}) {
  return `<!-- Candor: copy every candor*.js file of this folder into one folder of your site (here /candor/).
     The integrity hash covers candor.js, the file this tag loads. candor.js fetches its chunks
     (candor-runtime.js, candor-ui.js, ...) from the same folder itself, with this tag's crossorigin
     and nonce but without an integrity attribute: the browser does not check them against a hash.
     Serve them from your own origin (or a host your Content-Security-Policy trusts); integrity.json
     lists every file's hash, to check a copy. Cross-origin, the files need CORS
     (Access-Control-Allow-Origin), as crossorigin="anonymous" asks for it. -->
<script src="${src}" integrity="${integrity}" crossorigin="anonymous"
        data-endpoint="${endpoint}" data-product="${product}" defer></script>
`;
}

/** Copies the script-tag files (and their source maps) from `dist` into `out`, with integrity.json and snippet.html. */
export function writeScriptTagFolder(dist, out) {
  const files = readdirSync(dist).filter((name) => SCRIPT_FILE.test(name)).sort();
  if (!files.includes('candor.js')) throw new Error(`${dist} has no candor.js; run \`npm run build\` first`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const integrity = {};
  for (const name of files) {
    copyFileSync(join(dist, name), join(out, name));
    if (existsSync(join(dist, `${name}.map`))) copyFileSync(join(dist, `${name}.map`), join(out, `${name}.map`));
    integrity[name] = integrityOf(readFileSync(join(out, name)));
  }
  const snippet = snippetFor(integrity['candor.js']);
  writeFileSync(join(out, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  writeFileSync(join(out, 'snippet.html'), snippet);
  return { files, integrity, snippet };
}

/** `npm pack` of every package into `out`; returns the tarballs' file names. */
export function packTarballs(out) {
  for (const [folder, built] of PACKAGES) {
    if (!existsSync(join(root, folder, built))) throw new Error(`${folder}/${built} is missing; run \`npm run build\` first (npm run pack does)`);
  }
  mkdirSync(out, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', out, ...PACKAGES.flatMap(([folder]) => ['-w', folder])];
  const packed = JSON.parse(execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  return packed.map((entry) => entry.filename);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = join(root, '.packs');
  try {
    const tarballs = packTarballs(out);
    const { files, integrity, snippet } = writeScriptTagFolder(join(root, 'packages/widget/dist'), join(out, 'script-tag'));
    const at = (name) => `./${relative(process.cwd(), join(out, name))}`;
    const tarball = (name) => at(tarballs.find((file) => file.startsWith(`candor-${name}-`)) ?? `candor-${name}.tgz`);
    console.log(`
npm tarballs in ${relative(process.cwd(), out) || '.'}/ (install the ones a package needs together, as none is on the registry yet):
  widget:     npm install ${tarball('protocol')} ${tarball('widget')}
  React:      npm install ${tarball('protocol')} ${tarball('widget')} ${tarball('react')}
  Vue:        npm install ${tarball('protocol')} ${tarball('widget')} ${tarball('vue')}
  collector:  npm install ${tarball('protocol')} ${tarball('collector')}

Script tag: ${files.length} files in ${at('script-tag')}/, to copy into one folder of your site.
Integrity of each (also in integrity.json):
${files.map((name) => `  ${name.padEnd(26)} ${integrity[name]}`).join('\n')}

Paste this (also in snippet.html):

${snippet}`);
  } catch (error) {
    console.error(`npm run pack: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
