/**
 * `importCatalog(db, file, opts)`: the entry point behind `voice-shopper catalog import FILE` and
 * `CATALOG=FILE`. By default the file is the whole catalog (`replace`): what it no longer lists is
 * archived. `upsert` merges a partial feed. Re-importing an unchanged file writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Kysely } from 'kysely';
import { childLogger } from '../../../log/logger.ts';
import type { Database } from '../../../store/schema.ts';
import { retireDemoPromos } from '../../demo/seed.ts';
import { getSearchIndex } from '../search-index.ts';
import { notifyCatalogChanged } from '../version.ts';
import { type ImportMode, type WriteCounts, writeCatalog } from '../writer.ts';
import { CatalogImportError, type ImportIssue } from './errors.ts';
import { type ParsedCatalog, parseJsonCatalog } from './json.ts';
import { inCurrencyUnits } from './minor-units.ts';
import { DEFAULT_CURRENCY, DEFAULT_LOCALE } from './settings.ts';
import { parseShopifyCsv } from './shopify.ts';
import { markCatalogSource } from './source.ts';
import { applySpanishNames, readSpanishNames } from './spanish-names.ts';

export { CatalogImportError, type ImportIssue } from './errors.ts';
export { DEFAULT_CURRENCY, DEFAULT_LOCALE } from './settings.ts';

const log = childLogger({ component: 'catalog-import' });

export type CatalogFormat = 'json' | 'shopify-csv';

export interface ImportOptions {
  /** Import the valid records and report the invalid ones instead of importing nothing. */
  skipInvalid?: boolean;
  /** Default: from the extension (.json / .csv), else sniffed from the content. */
  format?: CatalogFormat;
  /** Default `replace`: the file is the whole catalog. */
  mode?: ImportMode;
  /** ISO 4217 code of the prices; overrides the file's own. Default: the file's, else `DEFAULT_CURRENCY`. */
  currency?: string;
  /** BCP 47 language of the file's texts ("en-US", "es-ES"); default `DEFAULT_LOCALE`. */
  locale?: string;
  /** A file of the owner's Spanish category names (`name,name_es` CSV or a JSON object). */
  categoriesEs?: string;
}

export interface ImportResult extends Omit<WriteCounts, 'changed'> {
  file: string;
  format: CatalogFormat;
  mode: ImportMode;
  currency: string;
  locale: string;
  /** False when the file matched the stored catalog: nothing was written, the version did not move. */
  changed: boolean;
  /** Invalid records left out (only with skipInvalid; otherwise the import throws). */
  skipped: ImportIssue[];
  /** Rows imported with a correction the owner should know about (negative stock read as 0…). */
  warnings: ImportIssue[];
}

export function detectFormat(name: string, text: string): CatalogFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'shopify-csv';
  return text.trimStart().startsWith('{') ? 'json' : 'shopify-csv';
}

export async function importCatalog(
  db: Kysely<Database>,
  file: string,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CatalogImportError(file, [{ reason: `cannot read file: ${(error as Error).message}` }]);
  }
  const spanishNames = opts.categoriesEs ? await readSpanishNames(opts.categoriesEs) : undefined;
  return importCatalogText(db, text, { ...opts, name: file, ...(spanishNames ? { spanishNames } : {}) });
}

/** Thrown inside the transaction to roll back a write that changed nothing (only updated_at). */
class Unchanged extends Error {
  readonly counts: WriteCounts;
  constructor(counts: WriteCounts) {
    super('unchanged');
    this.counts = counts;
  }
}

export async function importCatalogText(
  db: Kysely<Database>,
  text: string,
  opts: ImportOptions & { name: string; spanishNames?: Map<string, string> },
): Promise<ImportResult> {
  const format = opts.format ?? detectFormat(opts.name, text);
  const mode = opts.mode ?? 'replace';
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const parsed: ParsedCatalog =
    format === 'json' ? parseJsonCatalog(text, { locale }) : parseShopifyCsv(text, { locale });
  const issues = [...parsed.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length > 0 && (!opts.skipInvalid || parsed.products.length === 0)) {
    throw new CatalogImportError(opts.name, issues);
  }
  const warnings = [...parsed.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const currency = opts.currency ?? parsed.currency ?? DEFAULT_CURRENCY;
  if (!opts.currency && !parsed.currency)
    warnings.unshift({
      reason: `the file states no currency: prices read as ${currency}; pass --currency (or set CATALOG_CURRENCY) if that is wrong`,
    });
  const products = inCurrencyUnits(parsed.products, currency).map((p) => ({ ...p, currency }));
  let categories = parsed.categories;
  if (opts.spanishNames) {
    const applied = applySpanishNames(categories, parsed.products, opts.spanishNames);
    categories = applied.categories;
    if (applied.unused.length > 0)
      warnings.push({
        reason: `Spanish names for categories the file does not have (left unused): ${applied.unused.join(', ')}`,
      });
  }
  let counts: WriteCounts;
  try {
    counts = await db.transaction().execute(async (trx) => {
      // A product skipped as invalid is still in the file: a replace leaves it as it was.
      const keep = new Set(issues.flatMap((i) => (i.handle ? [i.handle] : [])));
      const c = await writeCatalog(trx, { categories, products }, { mode, keep });
      if (!c.changed) throw new Unchanged(c);
      await markCatalogSource(trx, { kind: 'import', file: opts.name, currency, locale });
      if (mode === 'replace') await retireDemoPromos(trx);
      return c;
    });
  } catch (error) {
    if (!(error instanceof Unchanged)) throw error;
    // Rolled back: nothing was written.
    counts = { ...error.counts, productsCreated: 0, productsUpdated: 0, variantsWritten: 0 };
  }
  if (counts.changed) notifyCatalogChanged({ version: counts.catalogVersion, reason: `import ${opts.name}` });
  // Index the catalog now: its WordNet slice takes a worker a second or more, which the first
  // shopper's request would otherwise wait for.
  await getSearchIndex(db);
  const result: ImportResult = {
    file: opts.name,
    format,
    mode,
    currency,
    locale,
    ...counts,
    skipped: issues,
    warnings,
  };
  log.info(
    { ...result, skipped: issues.length, warnings: warnings.length },
    result.changed ? 'catalog imported' : 'catalog file unchanged: nothing written',
  );
  return result;
}
