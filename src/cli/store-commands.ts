/** `voice-shopper catalog import FILE` and `voice-shopper db migrate`. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { processEnv } from '../config/process.ts';
import { CatalogImportError, importCatalog } from '../shop/catalog/import/index.ts';
import { openDatabase } from '../store/db.ts';

async function withStore<T>(fn: (store: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  // Only the storage variables matter here: a bad TTS setting must not stop a migration.
  const { store: config } = loadConfig(processEnv(), ['store']);
  const store = await openDatabase({ config });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function catalogCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import') {
    process.stderr.write('usage: voice-shopper catalog import FILE [--skip-invalid]\n');
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { 'skip-invalid': { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('usage: voice-shopper catalog import FILE [--skip-invalid]\n');
    return 2;
  }
  return withStore(async (store) => {
    try {
      const result = await importCatalog(store.db, file, { skipInvalid: values['skip-invalid'] });
      process.stdout.write(
        `imported ${file} (${result.format}): ${result.productsCreated} products created, ${result.productsUpdated} updated, ${result.variantsWritten} variants written, ${result.variantsRemoved} removed; catalog version ${result.catalogVersion}\n`,
      );
      for (const issue of result.skipped) process.stdout.write(`skipped: ${JSON.stringify(issue)}\n`);
      return 0;
    } catch (err) {
      if (err instanceof CatalogImportError) {
        process.stderr.write(`${err.message}\n`);
        return 1;
      }
      throw err;
    }
  });
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
