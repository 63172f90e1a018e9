/**
 * The last step of ranking: the head of the text ranking fetched with its active variants, and
 * near-ties broken by what only variants know (a colour or size said inside the query in stock,
 * any stock at all). Such boosts lift a product by at most ~1 point, so only the head needs them.
 */
import type { Kysely } from 'kysely';
import type { Database, Variant } from '../../store/schema.ts';
import { canonicalColor } from './lexicon.ts';
import type { Candidate } from './search-docs.ts';

/** Products re-ranked with their variants (spoken colour/size, availability) after text ranking. */
export const RERANK = 100;

export interface Reranked {
  p: Candidate;
  /** The product's active variants, in their position order. */
  vs: Variant[];
  score: number;
}

export interface VariantHints {
  /** A colour said in the query (canonical), if any. */
  colorHint: string | undefined;
  /** A size said in the query (upper case), if any. */
  sizeHint: string | undefined;
}

/** Text ranking first, then title, then id: the same order on every database. */
export function byScore(a: { p: Candidate; score: number }, b: { p: Candidate; score: number }): number {
  return b.score - a.score || a.p.title.localeCompare(b.p.title) || a.p.id.localeCompare(b.p.id);
}

/**
 * Scores of `head` with the variant boosts, rounded to 1/1000; re-sorted unless the order is the
 * shopper's own (`keepOrder`: cheapest, lightest…), where boosts only break ties of relevance.
 */
export async function rerankWithVariants(
  db: Kysely<Database>,
  head: readonly { p: Candidate; score: number }[],
  { colorHint, sizeHint }: VariantHints,
  keepOrder: boolean,
): Promise<Reranked[]> {
  const ids = head.map((s) => s.p.id);
  const variants = new Map<string, Variant[]>();
  const rows =
    ids.length > 0
      ? await db
          .selectFrom('variants')
          .selectAll()
          .where('product_id', 'in', ids)
          .where('status', '=', 'active')
          .orderBy('position')
          .execute()
      : [];
  for (const v of rows) variants.set(v.product_id, [...(variants.get(v.product_id) ?? []), v]);
  const ranked = head.map(({ p, score }) => {
    const vs = variants.get(p.id) ?? [];
    const inStock = vs.some((v) => v.stock > 0);
    let s = score;
    // Soft preferences spoken inside the query ("black", "talla 42") and availability break near-ties.
    const colorOk = (v: Variant) => !colorHint || canonicalColor(v.color ?? '') === colorHint;
    const sizeOk = (v: Variant) => !sizeHint || (v.size ?? '').toUpperCase() === sizeHint;
    if (colorHint || sizeHint) {
      if (vs.some((v) => colorOk(v) && sizeOk(v) && v.stock > 0)) s += 1;
      else if (vs.some((v) => (colorOk(v) || sizeOk(v)) && v.stock > 0)) s += 0.4;
    }
    if (inStock) s += 0.01;
    return { p, vs, score: Math.round(s * 1000) / 1000 };
  });
  if (!keepOrder) ranked.sort(byScore);
  return ranked;
}
