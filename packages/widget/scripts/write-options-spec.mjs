// Compiles the zod options schema (src/options/options.ts) into the small JSON Schema the browser checks
// options against: src/options/options-spec.generated.ts. Run `npm run options-spec -w @candor/widget`
// after changing src/options/options.ts; a test fails until you do.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({
  stdin: { contents: "export { OptionsSchema } from './src/options/options.ts'; export { toJSONSchema } from 'zod';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
});
const { OptionsSchema, toJSONSchema } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const { optionsSpec } = await import('./options-spec.mjs');

const source = `// Generated from src/options/options.ts by scripts/write-options-spec.mjs: do not edit by hand.\nexport const OPTIONS_SPEC = ${JSON.stringify(optionsSpec(toJSONSchema(OptionsSchema, { io: 'input', unrepresentable: 'any' })))};\n`;
if (process.argv.includes('--stdout')) {
  process.stdout.write(source);
} else {
  const file = new URL('../src/options/options-spec.generated.ts', import.meta.url);
  writeFileSync(file, source);
  console.log(`wrote ${file.pathname}`);
}
