/** `voice-shopper db migrate`, and the store the other commands open. */
import { loadStoreEnv } from '../store/config.ts';
import { openDatabase } from '../store/db.ts';

export async function withStore<T>(
  fn: (store: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  loadStoreEnv(); // validates the storage variables with a clear message
  const store = await openDatabase();
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
