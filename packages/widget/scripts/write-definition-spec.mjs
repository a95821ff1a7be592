// Copies the survey definition's JSON Schema, as @candor/protocol publishes it
// (packages/protocol/schema/survey-definition.schema.json), into src/definition/definition-spec.generated.ts,
// which the definition chunk checks a fetched definition against. Run `npm run definition-spec -w @candor/widget`
// after the protocol's schema changes; a test fails until you do.
import { readFileSync, writeFileSync } from 'node:fs';

const { $id, title, $schema, ...schema } = JSON.parse(readFileSync(new URL('../../protocol/schema/survey-definition.schema.json', import.meta.url), 'utf8'));
const source = `// Generated from @candor/protocol's survey-definition.schema.json by scripts/write-definition-spec.mjs: do not edit by hand.\nexport const DEFINITION_SPEC = ${JSON.stringify(schema)};\n`;
const file = new URL('../src/definition/definition-spec.generated.ts', import.meta.url);
writeFileSync(file, source);
console.log(`wrote ${file.pathname}`);
