/**
 * Where the server keeps what it writes (SQLite database, session secret, built language models).
 * One setting, absolute by default: the installation's own `data/` folder, whatever the working
 * directory the process was started from (a service manager's cwd is rarely the project).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const INSTALL_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_DATA_DIR = path.join(INSTALL_ROOT, 'data');

/** The `DATA_DIR` variable, resolved to an absolute path. Sections that store files include it. */
export const dataDirVariable = z
  .string()
  .min(1)
  .optional()
  .transform((v) => path.resolve(v ?? DEFAULT_DATA_DIR))
  .meta({ docDefault: '<install dir>/data' })
  .describe(
    'Folder for everything the server writes (SQLite database, session secret, catalog language models); a relative path is taken from the working directory.',
  );

/** A file setting: the explicit value (resolved from the working directory) or `name` inside the data dir. */
export function inDataDir(dataDir: string, explicit: string | undefined, name: string): string {
  return explicit === undefined ? path.join(dataDir, name) : path.resolve(explicit);
}
