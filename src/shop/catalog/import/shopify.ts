/**
 * Reads a Shopify products CSV export. One product spans several rows with the same Handle:
 * the first carries the product fields, later rows carry more variants or more images.
 */
import { DEFAULT_OPTION_VALUE, describeOptions, splitOptions, type VariantOptions } from '../options.ts';
import { htmlToText, slugify } from '../text.ts';
import { type CategoryRecord, categoryKey, type ProductRecord, type VariantRecord } from '../writer.ts';
import { csvRecords as records } from './csv.ts';
import type { ImportIssue } from './errors.ts';
import type { ParsedCatalog, ParsedProduct } from './json.ts';
import { SPANISH_TYPE_COLUMNS, unreadColumns, variantWeight } from './shopify-columns.ts';
import { type TypedPath, taxonomyKinds } from './taxonomy.ts';

type Row = { line: number; get(column: string): string };

const MONEY = /^\d{1,9}(\.\d{1,4})?$/;

const money = (s: string) => Math.round(Number(s) * 100);

/**
 * Options are kept whatever their names (Length, Pieces, Volume…); the first size-like and
 * colour-like ones also fill the size and colour. `locale` is the language of the file's texts: a Spanish shop's titles also become the Spanish
 * titles (what Spanish shoppers hear), an English one's stay English only.
 */
export function parseShopifyCsv(text: string, opts: { locale?: string } = {}): ParsedCatalog {
  const spanish = isSpanish(opts.locale);
  const { rows, lines, issues } = records(text);
  const warnings: ImportIssue[] = [];
  const empty = (found: ImportIssue[]): ParsedCatalog => ({
    categories: [],
    products: [],
    issues: found,
    warnings,
  });
  if (issues.length > 0) return empty(issues);
  const header = rows[0];
  if (!header) return empty([{ line: 1, reason: 'empty file' }]);
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = ['Handle', 'Title', 'Variant Price'].filter((c) => !index.has(c.toLowerCase()));
  if (missing.length > 0) {
    return empty([
      {
        line: lines[0]!,
        reason: `missing column(s) ${missing.join(', ')}: is this a Shopify products export?`,
      },
    ]);
  }

  const groups = new Map<string, Row[]>();
  rows.slice(1).forEach((record, i) => {
    const line = lines[i + 1]!;
    if (record.length !== header.length) {
      issues.push({ line, reason: `expected ${header.length} columns, found ${record.length}` });
      return;
    }
    const row: Row = { line, get: (c) => (record[index.get(c.toLowerCase()) ?? -1] ?? '').trim() };
    const handle = row.get('Handle');
    if (!handle) {
      issues.push({ line, reason: 'missing Handle' });
      return;
    }
    const list = groups.get(handle) ?? [];
    list.push(row);
    groups.set(handle, list);
  });

  const unread = unreadColumns(header, rows.slice(1));
  if (unread.length > 0)
    warnings.push({
      line: lines[0]!,
      reason: `column(s) not imported (Voice Shopper has no place for them): ${unread.join(', ')}`,
    });
  const spanishTypeColumn = SPANISH_TYPE_COLUMNS.find((c) => index.has(c));
  const categories = new Map<string, CategoryRecord>();
  const paths: TypedPath[] = [];
  const products: ParsedProduct[] = [];
  const skus = new Map<string, number>();
  for (const [handle, group] of groups) {
    const first = group[0]!;
    const productIssues: ImportIssue[] = [];
    const bad = (row: Row, reason: string) => productIssues.push({ line: row.line, handle, reason });
    if (!/^[a-z0-9][a-z0-9-]*$/.test(handle))
      bad(first, `invalid Handle "${handle}": use lower-case letters, digits, dashes`);
    const title = first.get('Title');
    if (!title) bad(first, 'the first row of a product needs a Title');
    const statusText = first.get('Status').toLowerCase();
    let status: ProductRecord['status'] =
      first.get('Published').toLowerCase() === 'false' ? 'draft' : 'active';
    if (statusText) {
      if (statusText === 'active' || statusText === 'draft' || statusText === 'archived') status = statusText;
      else bad(first, `Status must be active, draft or archived, not "${first.get('Status')}"`);
    }
    const optionNames = [1, 2, 3].map((n) => first.get(`Option${n} Name`));
    const variants: VariantRecord[] = [];
    const combos = new Map<string, number>();
    const images: { url: string; alt: string | null; position: number }[] = [];
    for (const row of group) {
      const src = row.get('Image Src');
      if (src)
        images.push({
          url: src,
          alt: row.get('Image Alt Text') || null,
          position: Number(row.get('Image Position')) || images.length + 1,
        });
      const values = [1, 2, 3].map((n) => row.get(`Option${n} Value`));
      const isVariant = Boolean(row.get('Variant Price') || row.get('Variant SKU') || values.some(Boolean));
      if (!isVariant) continue;
      const rowIssues: string[] = [];
      const priceText = row.get('Variant Price');
      if (!priceText) rowIssues.push('missing Variant Price');
      else if (!MONEY.test(priceText))
        rowIssues.push(`Variant Price "${priceText}" is not a number like 89.99`);
      const compareText = row.get('Variant Compare At Price');
      if (compareText && !MONEY.test(compareText))
        rowIssues.push(`Variant Compare At Price "${compareText}" is not a number`);
      const qtyText = row.get('Variant Inventory Qty');
      if (qtyText && !/^-?\d+$/.test(qtyText))
        rowIssues.push(`Variant Inventory Qty "${qtyText}" is not a whole number`);
      const options: VariantOptions = {};
      values.forEach((value, i) => {
        const name = optionNames[i] ?? '';
        if (value && !name)
          rowIssues.push(
            `Option${i + 1} Value "${value}" has no Option${i + 1} Name on the product's first row`,
          );
        else if (!value && name && name !== 'Title' && values.some(Boolean))
          warnings.push({
            line: row.line,
            handle,
            reason: `Option${i + 1} (${name}) has no value on this row: the variant is told apart by its other options only`,
          });
        if (!value || !name || value === DEFAULT_OPTION_VALUE) return;
        if (name in options) rowIssues.push(`option name "${name}" is used twice`);
        options[name] = value;
      });
      const { size, color, extras } = splitOptions(options);
      const weight = variantWeight(row.get('Variant Grams'), row.get('Variant Weight Unit'));
      if (weight.error) rowIssues.push(weight.error);
      if (weight.warning) warnings.push({ line: row.line, handle, reason: weight.warning });
      const sku =
        row.get('Variant SKU') ||
        // Size and colour first: the SKUs generated before other options were kept stay the same.
        [handle, size, color, ...Object.values(extras)]
          .filter(Boolean)
          .map((s) => slugify(String(s)))
          .join('-') ||
        handle;
      const seenAt = skus.get(sku);
      if (seenAt !== undefined) rowIssues.push(`duplicate Variant SKU "${sku}" (first on line ${seenAt})`);
      if (rowIssues.length > 0) {
        for (const r of rowIssues) bad(row, r);
        continue;
      }
      skus.set(sku, row.line);
      const qty = Number(qtyText || 0);
      // Shopify writes negative inventory when it oversold (policy "continue selling"): none is
      // available, so the variant reads as sold out, and the owner hears about the line.
      if (qty < 0)
        warnings.push({
          line: row.line,
          handle,
          reason: `Variant Inventory Qty ${qty} is negative (oversold): imported as 0, sold out`,
        });
      const twin = combos.get(JSON.stringify(options));
      if (twin !== undefined && variants.length > 0)
        warnings.push({
          line: row.line,
          handle,
          reason: `same options as line ${twin} (${describeOptions(options) || 'none'}): shoppers cannot choose between these variants, only their SKUs differ`,
        });
      combos.set(JSON.stringify(options), row.line);
      variants.push({
        sku,
        size,
        color,
        options,
        price_cents: money(priceText),
        compare_at_cents: compareText ? money(compareText) : null,
        stock: Math.max(0, qty),
        weight_grams: weight.grams,
        weight_unit: weight.unit,
      });
    }
    if (variants.length === 0 && productIssues.length === 0)
      bad(first, 'product has no variant row with a Variant Price');
    issues.push(...productIssues);
    if (productIssues.some((i) => i.line === first.line) || variants.length === 0) continue;
    const type = first.get('Type') || (first.get('Product Category').split('>').pop() ?? '').trim();
    if (type) paths.push({ type, path: first.get('Product Category') });
    const description = htmlToText(first.get('Body (HTML)'));
    const typeEs = spanishTypeColumn ? first.get(spanishTypeColumn) : '';
    if (typeEs && type) {
      const id = categoryKey({ product_type: type });
      const seen = categories.get(id);
      if (seen && seen.name_es !== typeEs)
        warnings.push({
          line: first.line,
          handle,
          reason: `Spanish name "${typeEs}" for ${type} differs from "${seen.name_es}" given before: keeping the first`,
        });
      else categories.set(id, { id, name: type, name_es: typeEs, synonyms: [] });
    }
    products.push({
      handle,
      title,
      ...(spanish ? { title_es: title, description_es: description } : {}),
      description,
      brand: first.get('Vendor'),
      product_type: type,
      tags: first
        .get('Tags')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      status,
      images: images.sort((a, b) => a.position - b.position).map(({ url, alt }) => ({ url, alt })),
      variants,
    });
  }
  // The Product Category levels above each type name its broad kinds ("skin care", "makeup").
  for (const [id, kinds] of taxonomyKinds(paths)) {
    const c = categories.get(id);
    const type = products.find((p) => categoryKey(p) === id)?.product_type ?? id;
    categories.set(
      id,
      c ? { ...c, synonyms: [...(c.synonyms ?? []), ...kinds] } : { id, name: type, synonyms: kinds },
    );
  }
  return { categories: [...categories.values()], products, issues, warnings };
}

export function isSpanish(locale: string | undefined): boolean {
  return /^es\b/i.test(locale ?? '');
}
