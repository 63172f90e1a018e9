/**
 * `seedDemo(db)`: the demo store (catalog, promos, customers with past orders), in one
 * transaction. Idempotent: a marker in `meta` records the seeded version, and a second call
 * changes nothing (so stock sold during a demo is not reset on restart). `force` reseeds.
 */
import type { Kysely } from 'kysely';
import { childLogger } from '../../log/logger.ts';
import type { Database, NewPromo, NewUser } from '../../store/schema.ts';
import { getCatalogSource, markCatalogSource } from '../catalog/import/source.ts';
import { notifyCatalogChanged } from '../catalog/version.ts';
import { writeCatalog } from '../catalog/writer.ts';
import { demoProductRecords, demoSku } from './catalog.ts';
import { DEMO_CATEGORIES } from './categories.ts';

const log = childLogger({ component: 'demo-seed' });
export const DEMO_SEED_VERSION = '1';
const MARKER = 'demo_seed_version';

const T0 = '2025-01-01T00:00:00.000Z';

export const DEMO_PROMOS: NewPromo[] = [
  {
    code: 'WELCOME10',
    kind: 'percent',
    value: 10,
    description: '10% off your order',
    description_es: '10% de descuento en tu pedido',
    min_subtotal_cents: 0,
    applies_to: null,
    active: 1,
    starts_at: null,
    ends_at: null,
    created_at: T0,
  },
  {
    code: 'SAVE15',
    kind: 'fixed',
    value: 1500,
    description: '€15 off orders over €75',
    description_es: '15 € de descuento en pedidos de más de 75 €',
    min_subtotal_cents: 7500,
    applies_to: null,
    active: 1,
    starts_at: null,
    ends_at: null,
    created_at: T0,
  },
  {
    code: 'RUNNER20',
    kind: 'percent',
    value: 20,
    description: '20% off running shoes',
    description_es: '20% de descuento en zapatillas de running',
    min_subtotal_cents: 0,
    applies_to: 'running-shoes',
    active: 1,
    starts_at: null,
    ends_at: null,
    created_at: T0,
  },
  {
    code: 'FREETRIAL30',
    kind: 'free_trial',
    value: 30,
    description: '30-day free trial of Club membership (free shipping)',
    description_es: 'Prueba gratuita de 30 días del Club (envío gratis)',
    min_subtotal_cents: 0,
    applies_to: null,
    active: 1,
    starts_at: null,
    ends_at: null,
    created_at: T0,
  },
  {
    code: 'SUMMER24',
    kind: 'percent',
    value: 25,
    description: '25% summer sale (ended)',
    description_es: 'Rebajas de verano del 25% (terminadas)',
    min_subtotal_cents: 0,
    applies_to: null,
    active: 1,
    starts_at: '2024-06-01T00:00:00.000Z',
    ends_at: '2024-09-30T23:59:59.000Z',
    created_at: T0,
  },
  {
    code: 'OLDSTAFF',
    kind: 'percent',
    value: 40,
    description: 'Retired staff discount',
    description_es: 'Descuento de empleados retirado',
    min_subtotal_cents: 0,
    applies_to: null,
    active: 0,
    starts_at: null,
    ends_at: null,
    created_at: T0,
  },
];

export const DEMO_CUSTOMERS: NewUser[] = [
  {
    id: 'u_demo_ana',
    kind: 'account',
    email: 'ana.garcia@example.com',
    name: 'Ana García',
    customer_number: 'C-1001',
    document_number: '12345678Z',
    postal_code: '28013',
    phone: '+34600111222',
    language: 'es',
    created_at: T0,
    updated_at: T0,
  },
  {
    id: 'u_demo_james',
    kind: 'account',
    email: 'james.carter@example.com',
    name: 'James Carter',
    customer_number: 'C-1002',
    document_number: 'X1234567L',
    postal_code: '08001',
    phone: '+34600333444',
    language: 'en',
    created_at: T0,
    updated_at: T0,
  },
  {
    id: 'u_demo_lucia',
    kind: 'account',
    email: 'lucia.fernandez@example.com',
    name: 'Lucía Fernández',
    customer_number: 'C-1003',
    document_number: '87654321X',
    postal_code: '41001',
    phone: '+34600555666',
    language: 'es',
    created_at: T0,
    updated_at: T0,
  },
  {
    id: 'u_demo_tom',
    kind: 'account',
    email: 'tom.becker@example.com',
    name: 'Tom Becker',
    customer_number: 'C-1004',
    document_number: 'Y7654321G',
    postal_code: '46001',
    phone: '+34600777888',
    language: 'en',
    created_at: T0,
    updated_at: T0,
  },
];

interface DemoOrder {
  id: string;
  user: string;
  status: 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled';
  at: string;
  promo?: { code: string; discount: number };
  items: { handle: string; color: string; size: string | null; quantity: number }[];
}

const DEMO_ORDERS: DemoOrder[] = [
  {
    id: 'o_demo_1001',
    user: 'u_demo_ana',
    status: 'delivered',
    at: '2025-02-10T10:15:00.000Z',
    items: [
      { handle: 'stride-pace-runner-w', color: 'pink', size: '38', quantity: 1 },
      { handle: 'stride-run-socks', color: 'white', size: 'M', quantity: 2 },
    ],
  },
  {
    id: 'o_demo_1002',
    user: 'u_demo_ana',
    status: 'shipped',
    at: '2025-05-03T18:40:00.000Z',
    promo: { code: 'WELCOME10', discount: 550 },
    items: [{ handle: 'kinetica-sculpt-leggings', color: 'black', size: 'M', quantity: 1 }],
  },
  {
    id: 'o_demo_2001',
    user: 'u_demo_james',
    status: 'delivered',
    at: '2025-03-22T09:05:00.000Z',
    items: [
      { handle: 'northpeak-ridge-trail', color: 'green', size: '44', quantity: 1 },
      { handle: 'terra-steel-bottle', color: 'silver', size: null, quantity: 1 },
    ],
  },
  {
    id: 'o_demo_2002',
    user: 'u_demo_james',
    status: 'placed',
    at: '2025-06-01T12:00:00.000Z',
    items: [
      { handle: 'velox-ace-100', color: 'black', size: 'G3', quantity: 1 },
      { handle: 'velox-tennis-balls', color: 'yellow', size: null, quantity: 3 },
    ],
  },
  {
    id: 'o_demo_3001',
    user: 'u_demo_lucia',
    status: 'delivered',
    at: '2025-01-15T16:30:00.000Z',
    items: [
      { handle: 'velox-strike-kids', color: 'blue', size: '36', quantity: 1 },
      { handle: 'velox-match-football', color: 'white', size: '4', quantity: 1 },
    ],
  },
  {
    id: 'o_demo_4001',
    user: 'u_demo_tom',
    status: 'cancelled',
    at: '2025-04-12T08:45:00.000Z',
    items: [{ handle: 'northpeak-down-jacket', color: 'navy', size: 'L', quantity: 1 }],
  },
];

export interface SeedResult {
  seeded: boolean;
  products: number;
  catalogVersion?: number;
  /** Set when the store holds a shop's imported catalog, which the demo never mixes into. */
  skipped?: 'imported-catalog';
}

export async function seedDemo(db: Kysely<Database>, opts: { force?: boolean } = {}): Promise<SeedResult> {
  const records = demoProductRecords();
  const result = await db.transaction().execute(async (trx): Promise<SeedResult> => {
    const marker = await trx.selectFrom('meta').select('value').where('key', '=', MARKER).executeTakeFirst();
    if ((await getCatalogSource(trx))?.kind === 'import' && !opts.force)
      return { seeded: false, products: 0, skipped: 'imported-catalog' };
    if (marker?.value === DEMO_SEED_VERSION && !opts.force)
      return { seeded: false, products: records.length };
    const counts = await writeCatalog(
      trx,
      { categories: DEMO_CATEGORIES, products: records },
      { mode: 'replace' },
    );
    await markCatalogSource(trx, { kind: 'demo' });
    for (const promo of DEMO_PROMOS) {
      const { code: _code, ...rest } = promo;
      await trx
        .insertInto('promos')
        .values(promo)
        .onConflict((oc) => oc.column('code').doUpdateSet(rest))
        .execute();
    }
    for (const user of DEMO_CUSTOMERS) {
      const { id: _id, ...rest } = user;
      await trx
        .insertInto('users')
        .values(user)
        .onConflict((oc) => oc.column('id').doUpdateSet(rest))
        .execute();
    }
    const byHandle = new Map(records.map((r) => [r.handle, r]));
    for (const o of DEMO_ORDERS) {
      if (await trx.selectFrom('orders').select('id').where('id', '=', o.id).executeTakeFirst()) continue;
      const lines = o.items.map((item, n) => {
        const product = byHandle.get(item.handle)!;
        const sku = demoSku(item.handle, item.color, item.size);
        const variant = product.variants.find((v) => v.sku === sku);
        if (!variant) throw new Error(`demo order ${o.id} names unknown SKU ${sku}`);
        return {
          id: `${o.id}_${n + 1}`,
          order_id: o.id,
          product_id: `p_${item.handle}`,
          variant_id: `v_${sku}`,
          name: product.title,
          size: item.size,
          color: item.color,
          image: product.image ?? null,
          quantity: item.quantity,
          unit_price_cents: variant.price_cents,
          line_total_cents: variant.price_cents * item.quantity,
        };
      });
      const subtotal = lines.reduce((s, l) => s + l.line_total_cents, 0);
      const discount = o.promo?.discount ?? 0;
      const user = DEMO_CUSTOMERS.find((u) => u.id === o.user)!;
      await trx
        .insertInto('orders')
        .values({
          id: o.id,
          user_id: o.user,
          cart_id: null,
          session_id: null,
          status: o.status,
          currency: 'EUR',
          subtotal_cents: subtotal,
          discount_cents: discount,
          shipping_cents: 0,
          total_cents: subtotal - discount,
          promo_code: o.promo?.code ?? null,
          idempotency_key: `seed-${o.id}`,
          shipping_postal_code: user.postal_code ?? null,
          created_at: o.at,
          updated_at: o.at,
        })
        .execute();
      await trx.insertInto('order_items').values(lines).execute();
    }
    const now = new Date().toISOString();
    await trx
      .insertInto('meta')
      .values({ key: MARKER, value: DEMO_SEED_VERSION, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: DEMO_SEED_VERSION, updated_at: now }))
      .execute();
    return { seeded: true, products: records.length, catalogVersion: counts.catalogVersion };
  });
  if (result.skipped) log.info('the store holds an imported catalog: the demo store is not seeded into it');
  if (result.seeded && result.catalogVersion !== undefined) {
    notifyCatalogChanged({ version: result.catalogVersion, reason: 'demo seed' });
    log.info(result, 'demo store seeded');
  }
  return result;
}

/**
 * Deactivates the demo store's promo codes when a shop's own catalog replaces the demo one: a
 * shopper of that shop saying "welcome ten" must not get the demo's discount. A code the shop
 * imported itself (a different description) is left alone. Returns how many were deactivated.
 */
export async function retireDemoPromos(trx: Kysely<Database>): Promise<number> {
  let retired = 0;
  for (const promo of DEMO_PROMOS) {
    const r = await trx
      .updateTable('promos')
      .set({ active: 0 })
      .where('code', '=', promo.code)
      .where('description', '=', promo.description ?? '')
      .where('active', '=', 1)
      .executeTakeFirst();
    retired += Number(r.numUpdatedRows);
  }
  return retired;
}
