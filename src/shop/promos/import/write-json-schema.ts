/** Regenerates docs/promos.schema.json from the zod schema: `node src/shop/promos/import/write-json-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promosJsonSchema } from './format.ts';

const target = join(import.meta.dirname, '../../../../docs/promos.schema.json');
writeFileSync(target, `${JSON.stringify(promosJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
