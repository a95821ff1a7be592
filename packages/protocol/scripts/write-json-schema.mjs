// Regenerates the JSON Schema files in schema/ from the built zod schemas.
// Run `npm run schema -w @candor/protocol` after changing a schema in src/; a test fails until you do.
import { writeFileSync } from 'node:fs';
import { wireJsonSchemas } from '../dist/index.js';

for (const [name, schema] of Object.entries(wireJsonSchemas())) {
  const file = new URL(`../schema/${name}`, import.meta.url);
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${file.pathname}`);
}
