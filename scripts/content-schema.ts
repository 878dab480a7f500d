// `npm run content:schema`: writes the JSON Schemas that content files reference with `$schema`.
// A test fails when they are out of date with src/content/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from './json-schema.ts';

const dir = fileURLToPath(new URL('../data/schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(dir + file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote data/schema/${file}`);
}
