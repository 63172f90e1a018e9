/** Writes docs/configuration.md from the configuration tree (`node scripts/config-docs.ts`). */
import { writeFileSync } from 'node:fs';
import { renderConfigDocs } from '../src/config/docs.ts';

writeFileSync(new URL('../docs/configuration.md', import.meta.url), renderConfigDocs());
process.stdout.write('docs/configuration.md written\n');
