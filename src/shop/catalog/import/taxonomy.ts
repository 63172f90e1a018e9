/**
 * Broad kinds from Shopify's Product Category column ("Health & Beauty > Personal Care >
 * Cosmetics > Skin Care > Serums"): the levels above a product's own type are what shoppers call
 * a whole family of types ("skincare", "hair care", "makeup"). Each type gets the levels above it
 * as category synonyms, except levels every product of the file shares, which tell nothing apart
 * ("Health & Beauty" in a beauty store) and would make every product match every broad word.
 * Pure.
 */
import { categoryKey } from '../writer.ts';

export interface TypedPath {
  /** The product's type (its category name). */
  type: string;
  /** The Product Category column as written, levels separated by ">". */
  path: string;
}

/** Category id → the broad kinds above it, in the path's order. */
export function taxonomyKinds(rows: readonly TypedPath[]): Map<string, string[]> {
  const levels = rows.map((r) => ({
    id: categoryKey({ product_type: r.type }),
    above: r.path
      .split('>')
      .map((l) => l.trim())
      .filter(Boolean)
      .filter((l) => l.toLowerCase() !== r.type.trim().toLowerCase()),
  }));
  const withPath = levels.filter((l) => l.above.length > 0);
  const shared = new Set(withPath[0]?.above.filter((l) => withPath.every((o) => o.above.includes(l))) ?? []);
  const out = new Map<string, string[]>();
  for (const l of withPath) {
    const kinds = l.above.filter((k) => !shared.has(k));
    if (kinds.length === 0) continue;
    out.set(l.id, [...new Set([...(out.get(l.id) ?? []), ...kinds])]);
  }
  return out;
}
