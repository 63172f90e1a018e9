/**
 * `importPromos(db, file, opts)`: the entry point behind `voice-shopper promos import FILE` and
 * `PROMOS=FILE`. Same contract as the catalog import: every bad record is reported with its line
 * and nothing is written unless `skipInvalid`; by default the file is the whole set of codes
 * (`replace`: codes it lacks are deactivated, never deleted: orders keep naming them); an
 * unchanged file writes nothing.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Kysely } from 'kysely';
import { childLogger } from '../../../log/logger.ts';
import type { Database } from '../../../store/schema.ts';
import { formatIssue, type ImportIssue } from '../../catalog/import/errors.ts';
import type { ImportMode } from '../../catalog/writer.ts';
import { normalizePromoCode } from '../math.ts';
import { type ParsedPromos, type PromoEntry, parsePromosJson } from './json.ts';
import type { PromoRecord } from './rules.ts';
import { parseShopifyDiscountsCsv } from './shopify.ts';

const log = childLogger({ component: 'promos-import' });

export type PromosFormat = 'json' | 'shopify-csv';

export class PromoImportError extends Error {
  override name = 'PromoImportError';
  readonly issues: ImportIssue[];
  constructor(file: string, issues: ImportIssue[]) {
    const shown = issues.slice(0, 50).map(formatIssue);
    const more = issues.length > 50 ? `\n  … and ${issues.length - 50} more` : '';
    super(
      `Promo import of ${file} failed: ${issues.length} invalid record(s); nothing was imported. ` +
        `Fix them, or import with skipInvalid (--skip-invalid) to import the valid ones.\n  ${shown.join('\n  ')}${more}`,
    );
    this.issues = issues;
  }
}

export interface PromoImportOptions {
  skipInvalid?: boolean;
  format?: PromosFormat;
  /** Default `replace`: codes missing from the file are deactivated. */
  mode?: ImportMode;
  /** Clock for created_at (tests). */
  now?: () => Date;
}

export interface PromoImportResult {
  file: string;
  format: PromosFormat;
  mode: ImportMode;
  created: number;
  updated: number;
  /** Codes the file no longer lists, deactivated now (replace mode). */
  deactivated: number;
  /** False when the stored codes already matched the file: nothing was written. */
  changed: boolean;
  skipped: ImportIssue[];
}

export function detectPromosFormat(name: string, text: string): PromosFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'shopify-csv';
  return text.trimStart().startsWith('{') ? 'json' : 'shopify-csv';
}

export async function importPromos(
  db: Kysely<Database>,
  file: string,
  opts: PromoImportOptions = {},
): Promise<PromoImportResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PromoImportError(file, [{ reason: `cannot read file: ${(error as Error).message}` }]);
  }
  return importPromosText(db, text, { ...opts, name: file });
}

/** Codes limited to a category or product the catalog does not have would silently never apply. */
async function checkTargets(db: Kysely<Database>, entries: PromoEntry[]): Promise<ImportIssue[]> {
  const targets = [
    ...new Set(entries.map((e) => e.record.applies_to).filter((t): t is string => Boolean(t))),
  ];
  if (targets.length === 0) return [];
  const categories = new Set(
    (await db.selectFrom('categories').select('id').where('id', 'in', targets).execute()).map((r) => r.id),
  );
  const products = new Set(
    (
      await db
        .selectFrom('products')
        .select('id')
        .where('id', 'in', targets)
        .where('status', '=', 'active')
        .execute()
    ).map((r) => r.id),
  );
  return entries
    .filter(
      (e) =>
        e.record.applies_to && !categories.has(e.record.applies_to) && !products.has(e.record.applies_to),
    )
    .map((e) => {
      const target = e.record.applies_to!;
      return {
        ...e.where,
        reason: target.startsWith('p_')
          ? `appliesTo.product "${target.slice(2)}" is not an active product of the catalog`
          : `appliesTo.category "${target}" is not a category of the catalog`,
      };
    });
}

class Unchanged extends Error {}

const fingerprint = (rows: readonly object[]) =>
  createHash('sha256')
    .update(rows.map((r) => JSON.stringify(r)).join('\n'))
    .digest('hex');

async function promosDigest(db: Kysely<Database>): Promise<string> {
  const rows = await db
    .selectFrom('promos')
    .select([
      'code',
      'kind',
      'value',
      'description',
      'description_es',
      'min_subtotal_cents',
      'applies_to',
      'active',
      'starts_at',
      'ends_at',
      'usage_limit',
    ])
    .orderBy('code')
    .execute();
  return fingerprint(rows.map((r) => ({ ...r, active: Number(r.active) })));
}

export async function importPromosText(
  db: Kysely<Database>,
  text: string,
  opts: PromoImportOptions & { name: string },
): Promise<PromoImportResult> {
  const format = opts.format ?? detectPromosFormat(opts.name, text);
  const mode = opts.mode ?? 'replace';
  const parsed: ParsedPromos = format === 'json' ? parsePromosJson(text) : parseShopifyDiscountsCsv(text);
  const issues = [...parsed.issues, ...(await checkTargets(db, parsed.entries))];
  const bad = new Set(issues.map((i) => `${i.line}|${i.path}`));
  const entries = parsed.entries.filter((e) => !bad.has(`${e.where.line}|${e.where.path}`));
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (issues.length > 0 && (!opts.skipInvalid || entries.length === 0)) {
    throw new PromoImportError(opts.name, issues);
  }
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const counts = { created: 0, updated: 0, deactivated: 0, changed: false };
  try {
    await db.transaction().execute(async (trx) => {
      const before = await promosDigest(trx);
      await writePromos(
        trx,
        entries.map((e) => e.record),
        mode,
        now,
        counts,
      );
      counts.changed = (await promosDigest(trx)) !== before;
      if (!counts.changed) throw new Unchanged();
    });
  } catch (error) {
    if (!(error instanceof Unchanged)) throw error;
    // Rolled back: nothing was written.
    Object.assign(counts, { created: 0, updated: 0, deactivated: 0 });
  }
  const result: PromoImportResult = { file: opts.name, format, mode, ...counts, skipped: issues };
  log.info({ ...result, skipped: issues.length }, 'promo codes imported');
  return result;
}

async function writePromos(
  trx: Kysely<Database>,
  records: PromoRecord[],
  mode: ImportMode,
  now: string,
  counts: { created: number; updated: number; deactivated: number },
): Promise<void> {
  // Stored codes may be spelled differently ("summer-10" vs "SUMMER10"): match them the way shoppers' codes are matched.
  const existing = new Map(
    (await trx.selectFrom('promos').select(['code', 'active']).execute()).map((r) => [
      normalizePromoCode(r.code),
      r,
    ]),
  );
  const listed = new Set<string>();
  for (const record of records) {
    const key = normalizePromoCode(record.code);
    listed.add(key);
    const old = existing.get(key);
    if (old) {
      await trx.updateTable('promos').set(record).where('code', '=', old.code).execute();
      counts.updated++;
    } else {
      await trx
        .insertInto('promos')
        .values({ ...record, created_at: now })
        .execute();
      counts.created++;
    }
  }
  if (mode !== 'replace') return;
  for (const [key, row] of existing) {
    if (listed.has(key) || Number(row.active) !== 1) continue;
    await trx.updateTable('promos').set({ active: 0 }).where('code', '=', row.code).execute();
    counts.deactivated++;
  }
}
