/** `voice-shopper db migrate`, and the store the other commands open. */
import { loadConfig } from '../config/index.ts';
import { processEnv } from '../config/process.ts';
import { openDatabase } from '../store/db.ts';

export async function withStore<T>(
  fn: (store: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  // Only the storage variables matter here: a bad TTS setting must not stop a migration.
  const { store: config } = loadConfig(processEnv(), ['store']);
  const store = await openDatabase({ config });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function dbCommand(args: string[]): Promise<number> {
  if (args[0] !== 'migrate') {
    process.stderr.write('usage: voice-shopper db migrate\n');
    return 2;
  }
  // openDatabase migrates to the latest version before returning.
  return withStore(async (store) => {
    process.stdout.write(`database (${store.dialect}) is at the latest migration\n`);
    return 0;
  });
}
