/** `importCatalog(db, file, {skipInvalid})`: the entry point behind `voice-shopper catalog import FILE` and `CATALOG=FILE`. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Kysely } from 'kysely';
import { childLogger } from '../../../log/logger.ts';
import type { Database } from '../../../store/schema.ts';
import { notifyCatalogChanged } from '../version.ts';
import { writeCatalog } from '../writer.ts';
import { CatalogImportError, type ImportIssue } from './errors.ts';
import { type ParsedCatalog, parseJsonCatalog } from './json.ts';
import { parseShopifyCsv } from './shopify.ts';

export { CatalogImportError, type ImportIssue } from './errors.ts';

const log = childLogger({ component: 'catalog-import' });

export type CatalogFormat = 'json' | 'shopify-csv';

export interface ImportOptions {
  /** Import the valid records and report the invalid ones instead of importing nothing. */
  skipInvalid?: boolean;
  /** Default: from the extension (.json / .csv), else sniffed from the content. */
  format?: CatalogFormat;
}

export interface ImportResult {
  file: string;
  format: CatalogFormat;
  productsCreated: number;
  productsUpdated: number;
  variantsWritten: number;
  variantsRemoved: number;
  /** Invalid records left out (only with skipInvalid; otherwise the import throws). */
  skipped: ImportIssue[];
  catalogVersion: number;
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
  return importCatalogText(db, text, { ...opts, name: file });
}

export async function importCatalogText(
  db: Kysely<Database>,
  text: string,
  opts: ImportOptions & { name: string },
): Promise<ImportResult> {
  const format = opts.format ?? detectFormat(opts.name, text);
  const parsed: ParsedCatalog = format === 'json' ? parseJsonCatalog(text) : parseShopifyCsv(text);
  const issues = [...parsed.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length > 0 && (!opts.skipInvalid || parsed.products.length === 0)) {
    throw new CatalogImportError(opts.name, issues);
  }
  const counts = await db.transaction().execute((trx) => writeCatalog(trx, parsed));
  notifyCatalogChanged({ version: counts.catalogVersion, reason: `import ${opts.name}` });
  const result: ImportResult = { file: opts.name, format, ...counts, skipped: issues };
  log.info({ ...result, skipped: issues.length }, 'catalog imported');
  return result;
}
