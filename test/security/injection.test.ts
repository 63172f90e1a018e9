import { describe, expect, it } from 'vitest';
import { INJECTION, seedShop } from '../shop/fixtures.ts';
import { TEST_DIALECTS, useTestStore } from '../store/databases.ts';
import { Browser, startHarness } from './harness.ts';

const STRINGS = [
  INJECTION,
  "<script>alert('x')</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '{{7*7}} ${7*7} %s %n',
  "Robert'); DELETE FROM users;--",
];

describe.each(TEST_DIALECTS)('injection strings on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('names, notes, search text and promo codes are stored and returned verbatim, never executed', async () => {
    await seedShop(t.store.db);
    const h = await startHarness(t.store);
    const productsBefore = await t.store.db.selectFrom('products').select('id').execute();
    for (const [i, s] of STRINGS.entries()) {
      const b = new Browser(h.base);
      const up = await b.fetch('/api/auth/sign-up', {
        method: 'POST',
        body: { email: `inj${i}@x.test`, password: 'correct horse battery', name: s },
      });
      expect(up.status).toBe(200);
      const row = await t.store.db
        .selectFrom('users')
        .select('name')
        .where('id', '=', up.json.userId)
        .executeTakeFirst();
      expect(row?.name).toBe(s);
      const search = await b.fetch(`/api/products?q=${encodeURIComponent(s)}`);
      expect(search.status).toBe(200);
      expect(search.json.query).toBe(s);
      const promo = await b.fetch('/api/cart/promo', { method: 'POST', body: { code: s } });
      expect(promo.status).toBe(422);
      const saved = await b.fetch('/api/saved', { method: 'POST', body: { productId: 'p_socks', note: s } });
      expect(saved.status).toBe(200);
      expect(JSON.stringify((await b.fetch('/api/saved')).json)).toContain(JSON.stringify(s).slice(1, -1));
    }
    expect(await t.store.db.selectFrom('products').select('id').execute()).toEqual(productsBefore);
    expect((await t.store.db.selectFrom('users').select('id').execute()).length).toBeGreaterThan(4);
  });
});
