import { describe, expect, it } from 'vitest';
import { loadStoreEnv } from '../../src/store/config.ts';
import { migrateToLatest, openDatabase, StoreError } from '../../src/store/db.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { openTestStore, TEST_DIALECTS, useTestStore, withDdlLock } from './databases.ts';

const now = new Date().toISOString();

describe.each(TEST_DIALECTS)('store on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('reports its dialect and is migrated to the latest migration', async () => {
    expect(t.store.dialect).toBe(dialect);
    // A second run finds nothing pending.
    expect(await withDdlLock('shared', () => migrateToLatest(t.store.db, t.store.schema))).toEqual([]);
  });

  it('round-trips integers, text and nulls identically', async () => {
    await t.store.db
      .insertInto('products')
      .values({ id: 'p1', handle: 'h1', title: 'Shoe', created_at: now, updated_at: now })
      .execute();
    await t.store.db
      .insertInto('variants')
      .values({
        id: 'v1',
        product_id: 'p1',
        sku: 'S1',
        size: '42',
        color: null,
        price_cents: 8999,
        compare_at_cents: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const v = await t.store.db
      .selectFrom('variants')
      .selectAll()
      .where('id', '=', 'v1')
      .executeTakeFirstOrThrow();
    expect(v).toMatchObject({ price_cents: 8999, stock: 0, color: null, size: '42', position: 0 });
    const p = await t.store.db.selectFrom('products').selectAll().executeTakeFirstOrThrow();
    expect(p).toMatchObject({ status: 'active', tags: '[]', currency: 'EUR', description: '' });
  });

  it('enforces foreign keys and unique idempotency keys', async () => {
    await expect(
      t.store.db
        .insertInto('variants')
        .values({
          id: 'v1',
          product_id: 'missing',
          sku: 'S1',
          price_cents: 1,
          created_at: now,
          updated_at: now,
        })
        .execute(),
    ).rejects.toThrow();
    await t.store.db
      .insertInto('users')
      .values({
        id: 'u1',
        kind: 'guest',
        email: null,
        name: null,
        customer_number: null,
        document_number: null,
        postal_code: null,
        phone: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const order = {
      id: 'o1',
      user_id: 'u1',
      cart_id: null,
      session_id: null,
      subtotal_cents: 100,
      total_cents: 100,
      promo_code: null,
      idempotency_key: 'k1',
      shipping_postal_code: null,
      created_at: now,
      updated_at: now,
    };
    await t.store.db.insertInto('orders').values(order).execute();
    await expect(
      t.store.db
        .insertInto('orders')
        .values({ ...order, id: 'o2' })
        .execute(),
    ).rejects.toThrow();
  });
});

describe('openDatabase', () => {
  it('rejects an invalid DATABASE_URL with the variable named', async () => {
    expect(() => loadStoreEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('rejects an invalid schema name before connecting', async () => {
    await expect(
      openDatabase({ url: 'postgres://127.0.0.1:1/x', schema: 'Bad-Name' }),
    ).rejects.toBeInstanceOf(StoreError);
  });

  it('applies every listed migration on a fresh database', async () => {
    const store = await openTestStore('sqlite', { migrate: false });
    try {
      expect(await migrateToLatest(store.db)).toEqual(Object.keys(migrations));
    } finally {
      await store.close();
    }
  });
});
