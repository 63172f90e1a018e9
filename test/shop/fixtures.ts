/**
 * A tiny deterministic shop for the domain tests: two accounts, two guests, products with
 * size/colour variants and stock, promos of every kind and state, and a substring search.
 */
import type { Kysely } from 'kysely';
import type { ToolContext } from '../../src/shop/contract.ts';
import type { ProductSearch } from '../../src/shop/products/search-port.ts';
import { createShopTools, type ShopToolset } from '../../src/shop/tools/index.ts';
import type { Database } from '../../src/store/schema.ts';

export const NOW = new Date('2025-06-15T12:00:00.000Z');
const TS = '2025-01-01T00:00:00.000Z';

export const INJECTION = "'; DROP TABLE products; --";

export async function seedShop(db: Kysely<Database>): Promise<void> {
  const user = (id: string, kind: 'guest' | 'account', extra: Record<string, string | null> = {}) => ({
    id,
    kind,
    email: null,
    name: null,
    customer_number: null,
    document_number: null,
    postal_code: null,
    phone: null,
    created_at: TS,
    updated_at: TS,
    ...extra,
  });
  await db
    .insertInto('users')
    .values([
      user('u_alice', 'account', {
        name: 'Alice Smith',
        email: 'alice@example.com',
        customer_number: 'C-1001',
        document_number: '12345678Z',
        postal_code: '28001',
      }),
      user('u_bob', 'account', { name: 'Bob Jones', customer_number: 'C-1002', postal_code: '08001' }),
      user('u_guest', 'guest'),
      user('u_guest2', 'guest'),
    ])
    .execute();
  const product = (id: string, title: string, brand: string, category: string, tags: string[]) => ({
    id,
    handle: id,
    title,
    title_es: null,
    description: `${title}. Built for testing.`,
    brand,
    category,
    tags: JSON.stringify(tags),
    image: `/images/${id}.svg`,
    url: `/products/${id}`,
    currency: 'EUR',
    created_at: TS,
    updated_at: TS,
  });
  await db
    .insertInto('products')
    .values([
      {
        ...product('p_trail', 'Trail Runner 2', 'Stride', 'running-shoes', ['trail', 'waterproof']),
        title_es: 'Zapatilla Trail Runner 2',
      },
      product('p_road', 'Road Racer', 'Stride', 'running-shoes', ['road', 'lightweight']),
      product('p_socks', 'Running Socks', 'Knit', 'socks', ['cotton']),
      product('p_hoodie', 'Club Hoodie', 'Knit', 'hoodies', ['cotton']),
      product('p_app', 'Training App Premium', 'Stride', 'apps', ['digital']),
      product('p_weird', INJECTION, 'Robert', 'socks', []),
    ])
    .execute();
  const variant = (
    id: string,
    productId: string,
    size: string | null,
    color: string | null,
    price: number,
    stock: number,
  ) => ({
    id,
    product_id: productId,
    sku: `SKU-${id}`,
    size,
    color,
    price_cents: price,
    compare_at_cents: null,
    stock,
    created_at: TS,
    updated_at: TS,
  });
  await db
    .insertInto('variants')
    .values([
      variant('v_trail_42_blue', 'p_trail', '42', 'Blue', 5999, 3),
      variant('v_trail_43_blue', 'p_trail', '43', 'Blue', 5999, 0),
      variant('v_trail_42_black', 'p_trail', '42', 'Black', 6499, 5),
      variant('v_road_42', 'p_road', '42', 'Red', 8999, 2),
      variant('v_socks', 'p_socks', 'M', 'White', 999, 100),
      variant('v_hoodie_s', 'p_hoodie', 'S', 'Grey', 4999, 1),
      variant('v_hoodie_m', 'p_hoodie', 'M', 'Grey', 4999, 0),
      variant('v_app', 'p_app', null, null, 1200, 1000),
      variant('v_weird', 'p_weird', 'M', INJECTION, 100, 10),
    ])
    .execute();
  const promo = (code: string, kind: 'percent' | 'fixed' | 'free_trial', value: number, extra = {}) => ({
    code,
    kind,
    value,
    description: `${code} promo`,
    description_es: null,
    min_subtotal_cents: 0,
    applies_to: null,
    active: 1,
    starts_at: null,
    ends_at: null,
    created_at: TS,
    ...extra,
  });
  await db
    .insertInto('promos')
    .values([
      promo('SUMMER10', 'percent', 10),
      promo('FIVEOFF', 'fixed', 500, { min_subtotal_cents: 3000 }),
      promo('APPTRIAL', 'free_trial', 30, { applies_to: 'p_app' }),
      promo('SOCKS50', 'percent', 50, { applies_to: 'socks' }),
      promo('OLD20', 'percent', 20, { ends_at: '2025-06-01T00:00:00.000Z' }),
      promo('SOON', 'percent', 20, { starts_at: '2025-07-01T00:00:00.000Z' }),
      promo('OFF', 'percent', 20, { active: 0 }),
    ])
    .execute();
}

/** Substring search over the fixture catalog; ranked by product id for determinism. */
export function fixtureSearch(db: Kysely<Database>): ProductSearch {
  return async (q) => {
    const rows = await db.selectFrom('products').selectAll().execute();
    const variants = await db.selectFrom('variants').selectAll().execute();
    const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return rows
      .filter((p) => {
        const hay = `${p.title} ${p.brand} ${p.category} ${p.tags}`.toLowerCase();
        const vs = variants.filter((v) => v.product_id === p.id);
        return (
          (words.length === 0 || words.some((w) => hay.includes(w))) &&
          (!q.category || p.category.includes(q.category.toLowerCase().replace(/\s+/g, '-'))) &&
          (!q.maxPrice || vs.some((v) => v.price_cents <= q.maxPrice! * 100)) &&
          (!q.inStock || vs.some((v) => v.stock > 0))
        );
      })
      .map((p) => p.id)
      .sort();
  };
}

/** A wall clock that starts at NOW and ticks 1 ms per reading, so creation order is deterministic. */
export function tickingClock(start = NOW): () => Date {
  let t = start.getTime();
  return () => new Date(t++);
}

export function makeToolset(db: Kysely<Database>, now: () => Date = tickingClock()): ShopToolset {
  return createShopTools({
    db,
    search: fixtureSearch(db),
    now,
    config: { SHOP_CONFIRM_SECRET: 'test-secret-test-secret' },
  });
}

let callSeq = 0;
export function ctx(userId: string, sessionId = `s_${userId}`, language: 'en' | 'es' = 'en'): ToolContext {
  callSeq += 1;
  return {
    userId,
    sessionId,
    language,
    toolCallId: `call_${callSeq}`,
    abortSignal: new AbortController().signal,
  };
}
