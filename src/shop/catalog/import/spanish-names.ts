/**
 * The owner's Spanish names for categories (`--categories-es FILE`, `CATALOG_CATEGORIES_ES`): a CSV
 * of `name,name_es` rows (a header row is optional) or a JSON object {"Watering Cans": "Regaderas"}.
 * A name is matched to a category by its English name or its id, ignoring case and accents; it
 * wins over the built-in vocabulary and over a Spanish column of the catalog file.
 */
import { readFile } from 'node:fs/promises';
import { fold, slugify } from '../text.ts';
import { type CategoryRecord, categoryKey } from '../writer.ts';
import { csvRecords } from './csv.ts';
import { CatalogImportError, type ImportIssue } from './errors.ts';
import type { ParsedProduct } from './json.ts';

export type SpanishNames = Map<string, string>;

const key = (s: string) => slugify(fold(s));

export function parseSpanishNames(text: string, name: string): SpanishNames {
  const out: SpanishNames = new Map();
  const issues: ImportIssue[] = [];
  if (text.trimStart().startsWith('{')) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new CatalogImportError(name, [{ reason: `not valid JSON: ${(error as Error).message}` }]);
    }
    for (const [en, es] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof es !== 'string' || !es.trim())
        issues.push({ path: `$.${en}`, reason: 'the Spanish name must be a non-empty string' });
      else out.set(key(en), es.trim());
    }
  } else {
    const { rows, lines, issues: csvIssues } = csvRecords(text);
    issues.push(...csvIssues);
    rows.forEach((row, i) => {
      const [en = '', es = ''] = row.map((c) => c.trim());
      if (i === 0 && /^name$|^category$|^type$/i.test(en) && /es/i.test(es)) return; // header
      if (row.length !== 2 || !en || !es)
        issues.push({ line: lines[i]!, reason: 'expected two columns: English name, Spanish name' });
      else if (out.has(key(en)) && out.get(key(en)) !== es)
        issues.push({ line: lines[i]!, reason: `"${en}" is given two Spanish names` });
      else out.set(key(en), es);
    });
  }
  if (issues.length > 0) throw new CatalogImportError(name, issues);
  return out;
}

export async function readSpanishNames(file: string): Promise<SpanishNames> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CatalogImportError(file, [{ reason: `cannot read file: ${(error as Error).message}` }]);
  }
  return parseSpanishNames(text, file);
}

/**
 * The file's categories with the owner's Spanish names applied, plus a category record for each
 * product type the names file covers. Names that match nothing are returned to be warned about.
 */
export function applySpanishNames(
  categories: CategoryRecord[],
  products: ParsedProduct[],
  names: SpanishNames,
): { categories: CategoryRecord[]; unused: string[] } {
  const used = new Set<string>();
  const pick = (c: { id: string; name: string }) => {
    for (const k of [key(c.name), c.id]) {
      const es = names.get(k);
      if (es) {
        used.add(k);
        return es;
      }
    }
    return undefined;
  };
  const out = new Map<string, CategoryRecord>();
  for (const c of categories) {
    const es = pick(c);
    out.set(c.id, es ? { ...c, name_es: es, name_es_origin: null } : c);
  }
  for (const p of products) {
    const id = categoryKey(p);
    if (out.has(id)) continue;
    const name = p.product_type || id.replace(/-/g, ' ');
    const es = pick({ id, name });
    if (es) out.set(id, { id, name, name_es: es, synonyms: [] });
  }
  return { categories: [...out.values()], unused: [...names.keys()].filter((k) => !used.has(k)) };
}
