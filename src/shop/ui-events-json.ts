/**
 * Writes docs/ui-events.schema.json from the UI event schemas (`node src/shop/ui-events-json.ts`);
 * a test fails when the file on disk is stale. Kept apart from ui-events.ts, which the web app
 * bundles and so must not import node:fs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { uiEventsJsonSchema } from './ui-events.ts';

export const UI_EVENTS_SCHEMA_PATH = 'docs/ui-events.schema.json';

export async function writeUiEventsJsonSchema(path = UI_EVENTS_SCHEMA_PATH): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const text = `${JSON.stringify(uiEventsJsonSchema(), null, 2)}\n`;
  await writeFile(path, text);
  return path;
}

if (import.meta.main) {
  const path = await writeUiEventsJsonSchema(process.argv[2]);
  console.log(`wrote ${path}`);
}
