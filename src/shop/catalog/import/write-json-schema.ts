/** Regenerates docs/catalog.schema.json from the zod schema: `node src/shop/catalog/import/write-json-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogJsonSchema } from './json-format.ts';

const target = join(import.meta.dirname, '../../../../docs/catalog.schema.json');
writeFileSync(target, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
