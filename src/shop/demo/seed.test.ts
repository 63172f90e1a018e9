import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../test/store/databases.ts';
import { getCatalogVersion } from '../catalog/version.ts';
import {
  DEMO_CATEGORIES,
  DEMO_CUSTOMERS,
  DEMO_PRODUCTS,
  renderProductImage,
  renderProductSvg,
  seedDemo,
} from './index.ts';

describe.each(TEST_DIALECTS)('demo store on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('seeds a bilingual catalog with stock gaps, promos, customers and past orders, once', async () => {
    const first = await seedDemo(t.store.db);
    expect(first.seeded).toBe(true);
    const db = t.store.db;
    const products = await db.selectFrom('products').selectAll().execute();
    expect(products.length).toBe(DEMO_PRODUCTS.length);
    expect(products.length).toBeGreaterThanOrEqual(40);
    expect(
      products.every((p) => p.title_es && p.description_es && p.image === `/images/${p.handle}.svg`),
    ).toBe(true);
    expect(new Set(products.map((p) => p.category)).size).toBe(DEMO_CATEGORIES.length);
    expect(new Set(products.map((p) => p.brand)).size).toBeGreaterThanOrEqual(5);
    const variants = await db.selectFrom('variants').select(['stock', 'size', 'color']).execute();
    expect(variants.filter((v) => v.stock === 0).length).toBeGreaterThan(10);
    expect(variants.filter((v) => v.stock > 0).length).toBeGreaterThan(variants.length / 2);
    const promos = await db.selectFrom('promos').selectAll().execute();
    expect(new Set(promos.map((p) => p.kind))).toEqual(new Set(['percent', 'fixed', 'free_trial']));
    expect(promos.some((p) => p.ends_at && p.ends_at < new Date().toISOString())).toBe(true);
    const users = await db.selectFrom('users').selectAll().execute();
    expect(users.map((u) => u.customer_number).sort()).toEqual(
      DEMO_CUSTOMERS.map((u) => u.customer_number).sort(),
    );
    const orders = await db.selectFrom('orders').selectAll().execute();
    for (const u of DEMO_CUSTOMERS) expect(orders.some((o) => o.user_id === u.id)).toBe(true);
    const items = await db.selectFrom('order_items').selectAll().execute();
    for (const o of orders) {
      const sum = items.filter((i) => i.order_id === o.id).reduce((s, i) => s + i.line_total_cents, 0);
      expect(o.subtotal_cents).toBe(sum);
      expect(o.total_cents).toBe(sum - o.discount_cents);
    }

    const version = await getCatalogVersion(db);
    const second = await seedDemo(db);
    expect(second.seeded).toBe(false);
    expect(await getCatalogVersion(db)).toBe(version);
    expect(await db.selectFrom('orders').select('id').execute()).toHaveLength(orders.length);
  });

  it('renders a product image for a stored handle and null for an unknown one', async () => {
    await seedDemo(t.store.db);
    const svg = await renderProductImage(t.store.db, 'stride-pace-runner');
    expect(svg).toMatch(/^<svg [^>]*aria-label="Stride Pace Runner"/);
    expect(svg).toContain('#2b2b2b'); // first variant colour: black
    expect(await renderProductImage(t.store.db, 'nope')).toBeNull();
  });
});

describe('renderProductSvg', () => {
  it('is deterministic and escapes text', () => {
    const a = renderProductSvg({ title: 'Tom & Jerry <Runner>', category: 'caps', color: 'red' });
    expect(a).toBe(renderProductSvg({ title: 'Tom & Jerry <Runner>', category: 'caps', color: 'red' }));
    expect(a).not.toMatch(/<Runner>/);
    expect(a).toContain('&#38;');
  });
});
