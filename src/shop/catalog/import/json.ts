/** Reads the project's JSON catalog format into validated records, collecting every problem. */
import { splitOptions, type VariantOptions } from '../options.ts';
import { GRAMS_PER } from '../weight.ts';
import type { CategoryRecord, ProductRecord } from '../writer.ts';
import type { ImportIssue } from './errors.ts';
import { catalogFileSchema, catalogProductSchema, zodIssues } from './json-format.ts';

/** Products before the importer decides their currency (the file's, a flag's or the setting's). */
export type ParsedProduct = Omit<ProductRecord, 'currency'>;

export interface ParsedCatalog {
  categories: CategoryRecord[];
  products: ParsedProduct[];
  issues: ImportIssue[];
  /** Records imported with a correction (negative stock read as 0). */
  warnings: ImportIssue[];
  /** The currency the file states, when it states one. */
  currency?: string;
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Lines of every `"<key>": "<value>"` in the source text, per value in order of appearance, found
 * in one pass (a search per record from the top of the file made large catalogs quadratic).
 */
export function fieldLines(text: string, key: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const re = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'g');
  let line = 1;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = from; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    from = m.index;
    let value: string;
    try {
      value = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      continue;
    }
    const lines = out.get(value) ?? [];
    lines.push(line);
    out.set(value, lines);
  }
  return out;
}

const toCents = (major: number) => Math.round(major * 100);

/** Size and colour from their fields or from size-/colour-like options; every option stored. */
function variantOptions(v: { size?: string; color?: string; options?: VariantOptions }) {
  const split = splitOptions(v.options ?? {});
  const size = v.size ?? split.size;
  const color = v.color ?? split.color;
  const options: VariantOptions = {
    ...(v.size && !split.size ? { Size: v.size } : {}),
    ...(v.color && !split.color ? { Color: v.color } : {}),
    ...v.options,
  };
  return { size, color, options };
}

export function parseJsonCatalog(text: string, opts: { locale?: string } = {}): ParsedCatalog {
  const spanish = /^es\b/i.test(opts.locale ?? '');
  const warnings: ImportIssue[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const msg = (error as Error).message;
    const pos = /position (\d+)/.exec(msg);
    return {
      categories: [],
      products: [],
      issues: [{ ...(pos ? { line: lineAt(text, Number(pos[1])) } : {}), reason: `not valid JSON: ${msg}` }],
      warnings,
    };
  }
  const file = catalogFileSchema.safeParse(raw);
  if (!file.success) return { categories: [], products: [], issues: zodIssues(file.error, '$'), warnings };

  const issues: ImportIssue[] = [];
  const products: ParsedProduct[] = [];
  const handles = new Set<string>();
  const skus = new Map<string, string>();
  const seen = new Map<string, number>();
  const handleLines = fieldLines(text, 'handle');
  file.data.products.forEach((item, index) => {
    const handle = (item as { handle?: unknown } | null)?.handle;
    const occurrence = typeof handle === 'string' ? (seen.get(handle) ?? 0) : 0;
    if (typeof handle === 'string') seen.set(handle, occurrence + 1);
    const line = typeof handle === 'string' ? handleLines.get(handle)?.[occurrence] : undefined;
    const where = {
      ...(typeof handle === 'string' ? { handle } : {}),
      ...(line !== undefined ? { line } : {}),
    };
    const parsed = catalogProductSchema.safeParse(item);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, `products[${index}]`, where));
      return;
    }
    const p = parsed.data;
    const local: ImportIssue[] = [];
    if (handles.has(p.handle))
      local.push({ ...where, path: `products[${index}].handle`, reason: `duplicate handle "${p.handle}"` });
    p.variants.forEach((v, vi) => {
      const split = splitOptions(v.options ?? {});
      for (const [key, said, named] of [
        ['size', v.size, split.size],
        ['color', v.color, split.color],
      ] as const) {
        if (said && named && said !== named)
          local.push({
            ...where,
            path: `products[${index}].variants[${vi}].options`,
            reason: `${key} "${said}" and the options' ${key} "${named}" differ: give it once`,
          });
      }
      const other = skus.get(v.sku);
      if (other !== undefined) {
        local.push({
          ...where,
          path: `products[${index}].variants[${vi}].sku`,
          reason: `duplicate SKU "${v.sku}" (also in ${other})`,
        });
      }
    });
    if (local.length > 0) {
      issues.push(...local);
      return;
    }
    handles.add(p.handle);
    for (const v of p.variants) skus.set(v.sku, p.handle);
    const combos = new Map<string, number>();
    p.variants.forEach((v, vi) => {
      const choice = JSON.stringify(variantOptions(v).options);
      const twin = combos.get(choice);
      if (twin !== undefined)
        warnings.push({
          ...where,
          path: `products[${index}].variants[${vi}]`,
          reason: `same size, colour and options as variants[${twin}]: shoppers cannot choose between them, only their SKUs differ`,
        });
      else combos.set(choice, vi);
      if (v.stock < 0)
        warnings.push({
          ...where,
          path: `products[${index}].variants[${vi}].stock`,
          reason: `stock ${v.stock} is negative (oversold): imported as 0, sold out`,
        });
    });
    products.push({
      handle: p.handle,
      title: p.title,
      title_es: p.titleEs ?? (spanish ? p.title : null),
      description: p.description,
      description_es: p.descriptionEs ?? (spanish ? p.description : null),
      brand: p.brand,
      ...(p.category ? { category: p.category } : {}),
      product_type: p.productType,
      tags: p.tags,
      status: p.status,
      images: p.images.map((i) => ({ url: i.url, alt: i.alt ?? null })),
      url: p.url ?? null,
      variants: p.variants.map((v) => ({
        sku: v.sku,
        ...variantOptions(v),
        weight_grams: v.weight ? Math.round(v.weight.value * GRAMS_PER[v.weight.unit]!) : null,
        weight_unit: v.weight?.unit ?? null,
        price_cents: toCents(v.price),
        compare_at_cents: v.compareAtPrice === undefined ? null : toCents(v.compareAtPrice),
        stock: Math.max(0, v.stock),
      })),
    });
  });
  const categories = file.data.categories.map((c) => ({
    id: c.id,
    name: c.name,
    name_es: c.nameEs ?? null,
    synonyms: c.synonyms,
  }));
  return {
    categories,
    products,
    issues,
    warnings,
    ...(file.data.currency ? { currency: file.data.currency } : {}),
  };
}
