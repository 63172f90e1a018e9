/**
 * Writes docs/device-protocol.schema.json from the protocol's zod schemas
 * (`node src/transports/device/protocol-json.ts`); a test fails when the file on disk is stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deviceProtocolJsonSchema } from './protocol.ts';

export const DEVICE_SCHEMA_PATH = 'docs/device-protocol.schema.json';

export function deviceSchemaText(): string {
  return `${JSON.stringify(deviceProtocolJsonSchema(), null, 2)}\n`;
}

export async function writeDeviceProtocolSchema(path = DEVICE_SCHEMA_PATH): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, deviceSchemaText());
  return path;
}

if (import.meta.main) {
  const path = await writeDeviceProtocolSchema(process.argv[2]);
  console.log(`wrote ${path}`);
}
