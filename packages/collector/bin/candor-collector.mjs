#!/usr/bin/env node
// The `candor-collector` command. This file is in git, so `npm ci` links it before anything is
// built (npm makes no link to a bin that does not exist yet); the command itself is built into
// ../dist by `npm run build`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('candor-collector: not built yet; run `npm run build` in the repository first\n');
  process.exit(1);
}
await import(cli.href);
