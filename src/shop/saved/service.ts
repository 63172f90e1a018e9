/** Saved items ("save it for later") and the shopping history that combines them with past orders. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import type { Language, OrderView, ProductCard } from '../contract.ts';
import { resolveVariant, type VariantWish } from '../products/availability.ts';
import { loadProduct, loadProducts, toProductCard } from '../products/details.ts';

export interface SavedEntry {
  savedId: string;
  product: ProductCard;
  size: string | null;
  color: string | null;
  note: string | null;
  savedAt: string;
}

export class SavedItemsService {
  private readonly db: Kysely<Database>;
  private readonly now: () => Date;

  constructor(opts: { db: Kysely<Database>; now?: () => Date }) {
    this.db = opts.db;
    this.now = opts.now ?? (() => new Date());
  }

  /** Saving the same product again updates its variant/note instead of duplicating it. */
  async save(
    userId: string,
    language: Language,
    input: VariantWish & { productId: string; note?: string | undefined },
  ): Promise<SavedEntry> {
    const product = await loadProduct(this.db, input.productId, language);
    const wantsVariant =
      input.variantId ||
      input.size ||
      input.color ||
      input.option ||
      Object.keys(input.options ?? {}).length > 0;
    const variant = wantsVariant ? resolveVariant(product, input) : null;
    const ts = this.now().toISOString();
    await this.db
      .insertInto('saved_items')
      .values({
        id: `sv_${randomUUID()}`,
        user_id: userId,
        product_id: product.id,
        variant_id: variant?.id ?? null,
        note: input.note ?? null,
        created_at: ts,
      })
      .onConflict((oc) =>
        oc.columns(['user_id', 'product_id']).doUpdateSet({
          variant_id: variant?.id ?? null,
          note: input.note ?? null,
          created_at: ts,
        }),
      )
      .execute();
    const [entry] = (await this.list(userId, language)).filter((e) => e.product.id === product.id);
    return entry!;
  }

  async list(userId: string, language: Language, limit = 50): Promise<SavedEntry[]> {
    const rows = await this.db
      .selectFrom('saved_items')
      .leftJoin('variants', 'variants.id', 'saved_items.variant_id')
      .select([
        'saved_items.id',
        'saved_items.product_id',
        'saved_items.note',
        'saved_items.created_at',
        'variants.size',
        'variants.color',
      ])
      .where('saved_items.user_id', '=', userId)
      .orderBy('saved_items.created_at', 'desc')
      .orderBy('saved_items.id')
      .limit(limit)
      .execute();
    const products = new Map(
      (
        await loadProducts(
          this.db,
          rows.map((r) => r.product_id),
          language,
        )
      ).map((p) => [p.id, p]),
    );
    return rows.flatMap((r) => {
      const p = products.get(r.product_id);
      if (!p) return [];
      return [
        {
          savedId: r.id,
          product: toProductCard(p),
          size: r.size ?? null,
          color: r.color ?? null,
          note: r.note,
          savedAt: r.created_at,
        },
      ];
    });
  }
}

export interface ShoppingHistory {
  orders: OrderView[];
  saved: SavedEntry[];
}
