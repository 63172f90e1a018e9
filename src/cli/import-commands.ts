/**
 * `voice-shopper catalog import FILE` and `voice-shopper promos import FILE`. Flags override the
 * settings the server uses for CATALOG / PROMOS (CATALOG_MODE, CATALOG_CURRENCY, SHOP_LOCALE,
 * PROMOS_MODE), so the command and a start with the same environment import the same way.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.ts';
import { processEnv } from '../config/process.ts';
import { formatIssue } from '../shop/catalog/import/errors.ts';
import { CatalogImportError, importCatalog } from '../shop/catalog/import/index.ts';
import { currencyCode, localeTag } from '../shop/catalog/import/settings.ts';
import { IMPORT_MODES, type ImportMode } from '../shop/catalog/writer.ts';
import { importPromos, PromoImportError } from '../shop/promos/import/index.ts';
import { withStore } from './store-commands.ts';

export const CATALOG_USAGE =
  'usage: voice-shopper catalog import FILE [--mode replace|upsert] [--currency USD] [--locale en-US] [--categories-es names.csv] [--skip-invalid]\n';
export const PROMOS_USAGE =
  'usage: voice-shopper promos import FILE [--mode replace|upsert] [--skip-invalid]\n';

class UsageError extends Error {}

function mode(value: string | undefined, fallback: ImportMode): ImportMode {
  if (value === undefined) return fallback;
  if ((IMPORT_MODES as readonly string[]).includes(value)) return value as ImportMode;
  throw new UsageError(`--mode must be replace or upsert, not "${value}"`);
}

function flag<T>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  name: string,
  value: string | undefined,
): T | undefined {
  if (value === undefined) return undefined;
  const r = schema.safeParse(value);
  if (!r.success)
    throw new UsageError(
      `--${name} "${value}" is not valid: use ${name === 'currency' ? 'an ISO 4217 code such as USD' : 'a BCP 47 locale such as en-US'}`,
    );
  return r.data;
}

type Store = Parameters<Parameters<typeof withStore>[0]>[0];

/** `--help` or `-h` anywhere after the command asks for its usage, not for an import. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

function requireFile(positionals: string[]): string {
  const file = positionals[0];
  if (!file) throw new UsageError('missing FILE');
  return file;
}

/**
 * The shape both import commands share: `import` subcommand, flags parsed by `prepare` (which
 * returns the import to run), the store opened around it; the import's own typed error exits 1,
 * bad usage exits 2 with the usage line.
 */
async function importCommand(
  args: string[],
  usage: string,
  ImportError: abstract new (...a: never[]) => Error,
  prepare: (rest: string[]) => (store: Store) => Promise<void>,
): Promise<number> {
  const [sub, ...rest] = args;
  if (wantsHelp(args)) {
    process.stdout.write(usage);
    return 0;
  }
  if (sub !== 'import') {
    process.stderr.write(usage);
    return 2;
  }
  try {
    const run = prepare(rest);
    return await withStore(async (store) => {
      try {
        await run(store);
        return 0;
      } catch (err) {
        if (err instanceof ImportError) {
          process.stderr.write(`${err.message}\n`);
          return 1;
        }
        throw err;
      }
    });
  } catch (err) {
    if (!(err instanceof UsageError) && (err as { code?: string }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw err;
    process.stderr.write(`${(err as Error).message}\n${usage}`);
    return 2;
  }
}

export function catalogCommand(args: string[]): Promise<number> {
  return importCommand(args, CATALOG_USAGE, CatalogImportError, (rest) => {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        'skip-invalid': { type: 'boolean', default: false },
        mode: { type: 'string' },
        currency: { type: 'string' },
        locale: { type: 'string' },
        'categories-es': { type: 'string' },
      },
    });
    const file = requireFile(positionals);
    const env = loadConfig(processEnv(), ['catalog']).catalog;
    const categoriesEs = values['categories-es'] ?? env.CATALOG_CATEGORIES_ES;
    const currency = flag(currencyCode, 'currency', values.currency) ?? env.CATALOG_CURRENCY;
    const opts = {
      skipInvalid: values['skip-invalid'] ?? false,
      mode: mode(values.mode, env.CATALOG_MODE),
      locale: flag(localeTag, 'locale', values.locale) ?? env.SHOP_LOCALE,
      ...(currency ? { currency } : {}),
      ...(categoriesEs ? { categoriesEs } : {}),
    };
    return async (store) => {
      const r = await importCatalog(store.db, file, opts);
      process.stdout.write(
        r.changed
          ? `imported ${file} (${r.format}, ${r.mode}, prices in ${r.currency}, texts ${r.locale}): ${r.productsCreated} products created, ${r.productsUpdated} updated, ${r.productsArchived} archived; ${r.variantsWritten} variants written, ${r.variantsArchived} archived; catalog version ${r.catalogVersion}\n`
          : `${file} matches the stored catalog: nothing changed (catalog version ${r.catalogVersion})\n`,
      );
      for (const w of r.warnings) process.stdout.write(`warning: ${formatIssue(w)}\n`);
      for (const issue of r.skipped) process.stdout.write(`skipped: ${formatIssue(issue)}\n`);
    };
  });
}

export function promosCommand(args: string[]): Promise<number> {
  return importCommand(args, PROMOS_USAGE, PromoImportError, (rest) => {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { 'skip-invalid': { type: 'boolean', default: false }, mode: { type: 'string' } },
    });
    const file = requireFile(positionals);
    const env = loadConfig(processEnv(), ['catalog']).catalog;
    const opts = { skipInvalid: values['skip-invalid'] ?? false, mode: mode(values.mode, env.PROMOS_MODE) };
    return async (store) => {
      const r = await importPromos(store.db, file, opts);
      process.stdout.write(
        r.changed
          ? `imported ${file} (${r.format}, ${r.mode}): ${r.created} codes created, ${r.updated} updated, ${r.deactivated} deactivated\n`
          : `${file} matches the stored promo codes: nothing changed\n`,
      );
      for (const issue of r.skipped) process.stdout.write(`skipped: ${formatIssue(issue)}\n`);
    };
  });
}
