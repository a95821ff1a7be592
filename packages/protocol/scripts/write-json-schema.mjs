// Regenerates schema/submission.schema.json from the built zod schemas.
// Run `npm run schema -w @candor/protocol` after changing src/submission.ts; a test fails until you do.
import { writeFileSync } from 'node:fs';
import { submissionJsonSchema } from '../dist/index.js';

const file = new URL('../schema/submission.schema.json', import.meta.url);
writeFileSync(file, JSON.stringify(submissionJsonSchema(), null, 2) + '\n');
console.log(`wrote ${file.pathname}`);
