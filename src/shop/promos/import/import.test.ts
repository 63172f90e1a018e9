import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestStore } from '../../../../test/store/databases.ts';
import { evaluatePromo } from '../math.ts';
import { findPromo } from '../store.ts';
import { importPromos, importPromosText, PromoImportError } from './index.ts';
import { parsePromoDate } from './rules.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const GOOD = join(fixtures, 'shopify-discounts-good.csv');
const BAD = join(fixtures, 'shopify-discounts-bad.csv');
const NOW = () => new Date('2026-07-01T12:00:00.000Z');

const promosJson = (promos: unknown[]) =>
  JSON.stringify({ format: 'voice-shopper-promos', version: 1, promos }, null, 2);

const rows = (db: ReturnType<typeof useTestStore>['store']['db']) =>
  db
    .selectFrom('promos')
    .select([
      'code',
      'kind',
      'value',
      'description',
      'min_subtotal_cents',
      'active',
      'starts_at',
      'ends_at',
      'usage_limit',
    ])
    .orderBy('code')
    .execute();

describe.each(TEST_DIALECTS)('promo codes import on %s', (dialect) => {
  const t = useTestStore(dialect);

  it('imports a Shopify discount export: percentage, fixed amount with a minimum, dates, limits, status', async () => {
    const r = await importPromos(t.store.db, GOOD, { now: NOW });
    expect(r).toMatchObject({
      format: 'shopify-csv',
      mode: 'replace',
      created: 3,
      updated: 0,
      changed: true,
    });
    expect((await rows(t.store.db)).map((p) => ({ ...p, active: Number(p.active) }))).toEqual([
      {
        code: 'SPRING5',
        kind: 'percent',
        value: 5,
        description: 'Spring: 5% off your order',
        min_subtotal_cents: 0,
        active: 0,
        starts_at: '2025-03-01T00:00:00.000Z',
        ends_at: '2025-06-01T00:00:00.000Z',
        usage_limit: null,
      },
      {
        code: 'SUMMER15',
        kind: 'percent',
        value: 15,
        description: 'Summer sale: 15% off your order',
        min_subtotal_cents: 0,
        active: 1,
        starts_at: '2026-06-01T04:00:00.000Z',
        ends_at: '2026-09-01T00:00:00.000Z',
        usage_limit: null,
      },
      {
        code: 'TENOFF',
        kind: 'fixed',
        value: 1000,
        description: 'Big basket: 10.00 off orders over 75.00',
        min_subtotal_cents: 7500,
        active: 1,
        starts_at: '2026-01-01T00:00:00.000Z',
        ends_at: null,
        usage_limit: 100,
      },
    ]);
    // What the cart does with it: "summer fifteen" found, 15 % off now; the minimum holds TENOFF back.
    const summer = await findPromo(t.store.db, 'summer 15', 'en');
    const lines = [{ productId: 'p1', quantity: 2, unitPriceCents: 3000 }];
    expect(evaluatePromo(summer!.rule, lines, NOW())).toEqual({ ok: true, discountCents: 900 });
    const ten = await findPromo(t.store.db, 'TENOFF', 'en');
    expect(evaluatePromo(ten!.rule, lines, NOW())).toMatchObject({ ok: false, problem: 'min_subtotal' });
    const spring = await findPromo(t.store.db, 'spring5', 'en');
    expect(evaluatePromo(spring!.rule, lines, NOW())).toMatchObject({ ok: false, problem: 'inactive' });
  });

  it('reports every bad row with its line and imports nothing', async () => {
    const error = (await importPromos(t.store.db, BAD).catch((e: unknown) => e)) as PromoImportError;
    expect(error).toBeInstanceOf(PromoImportError);
    expect(error.issues.map((i) => i.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const reasons = error.issues.map((i) => i.reason);
    expect(reasons[0]).toMatch(/unknown Value Type "bogus_type": use percentage or fixed_amount/);
    expect(reasons[1]).toMatch(/Value -10 is negative/);
    expect(reasons[2]).toMatch(/duplicate code "good-10" \(first on line 2\)/);
    expect(reasons[3]).toMatch(/Starts At "2026-02-30" is not a date/);
    expect(reasons[4]).toMatch(/whole number from 1 to 100, not 150/);
    expect(reasons[5]).toMatch(/"free_shipping" cannot be imported/);
    expect(reasons[6]).toMatch(/ends .* before it starts/);
    expect(error.message).toMatch(
      /^Promo import of .*shopify-discounts-bad.csv failed: 7 invalid record\(s\); nothing was imported/,
    );
    expect(error.message).toMatch(/line 3: unknown Value Type/);
    expect(await t.store.db.selectFrom('promos').select('code').execute()).toEqual([]);
  });

  it('with skipInvalid imports the valid rows and lists the skipped ones', async () => {
    const r = await importPromos(t.store.db, BAD, { skipInvalid: true });
    expect(r.created).toBe(1);
    expect(r.skipped).toHaveLength(7);
    expect((await t.store.db.selectFrom('promos').select('code').execute()).map((p) => p.code)).toEqual([
      'GOOD10',
    ]);
  });

  it('a malformed CSV is one line-numbered error and nothing is imported', async () => {
    const text = 'Code,Value Type,Value\nA1,percentage,10\n"B2,percentage,10\n';
    const error = (await importPromosText(t.store.db, text, { name: 'p.csv' }).catch(
      (e) => e,
    )) as PromoImportError;
    expect(error).toBeInstanceOf(PromoImportError);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.reason).toMatch(/unreadable CSV/);
    expect(error.issues[0]!.line).toBeGreaterThanOrEqual(3);
    expect(await t.store.db.selectFrom('promos').select('code').execute()).toEqual([]);
  });

  it('a CSV without the discount columns says what is missing', async () => {
    const error = (await importPromosText(t.store.db, 'Handle,Title\nx,y\n', { name: 'p.csv' }).catch(
      (e) => e,
    )) as PromoImportError;
    expect(error.issues).toEqual([
      {
        line: 1,
        reason:
          'missing column(s) Code (or Name), Value Type, Value: is this a Shopify discount codes export?',
      },
    ]);
  });

  it('reads the "Name is the code" layout', async () => {
    const text = 'Name,Value Type,Value,Status\nWINTER20,percentage,20,active\n';
    await importPromosText(t.store.db, text, { name: 'p.csv' });
    expect((await rows(t.store.db)).map((p) => [p.code, p.value, p.description])).toEqual([
      ['WINTER20', 20, '20% off your order'],
    ]);
  });

  it('replace deactivates codes the file dropped (never deletes them); upsert leaves them; unchanged is a no-op', async () => {
    const db = t.store.db;
    await importPromos(db, GOOD);
    const only = 'Code,Value Type,Value\nSUMMER15,percentage,15\n';
    const upsert = await importPromosText(db, only, { name: 'p.csv', mode: 'upsert' });
    expect(upsert).toMatchObject({ deactivated: 0, updated: 1 });
    expect(Number((await findPromo(db, 'TENOFF', 'en'))?.rule.active)).toBe(1);
    const replace = await importPromosText(db, only, { name: 'p.csv' });
    expect(replace).toMatchObject({ deactivated: 1, changed: true });
    expect((await findPromo(db, 'TENOFF', 'en'))?.rule.active).toBe(false);
    expect(await db.selectFrom('promos').select('code').execute()).toHaveLength(3);
    const again = await importPromosText(db, only, { name: 'p.csv' });
    expect(again).toMatchObject({ changed: false, created: 0, updated: 0, deactivated: 0 });
  });

  it('a code spelt differently in the file updates the stored one instead of adding a twin', async () => {
    const db = t.store.db;
    await importPromosText(db, 'Code,Value Type,Value\nsummer-15,percentage,15\n', { name: 'p.csv' });
    const r = await importPromosText(db, 'Code,Value Type,Value\nSUMMER15,percentage,20\n', {
      name: 'p.csv',
    });
    expect(r).toMatchObject({ created: 0, updated: 1 });
    expect((await rows(db)).map((p) => [p.code, p.value])).toEqual([['SUMMER15', 20]]);
  });

  it('a used-up code (usage limit reached by orders) no longer applies', async () => {
    const db = t.store.db;
    await importPromosText(db, 'Code,Value Type,Value,Usage Limit\nONCE,percentage,10,1\n', {
      name: 'p.csv',
    });
    expect((await findPromo(db, 'ONCE', 'en'))?.rule.active).toBe(true);
    const ts = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('users')
      .values({ id: 'u1', kind: 'guest', created_at: ts, updated_at: ts })
      .execute();
    await db
      .insertInto('orders')
      .values({
        id: 'o1',
        user_id: 'u1',
        cart_id: null,
        session_id: null,
        subtotal_cents: 1000,
        total_cents: 900,
        promo_code: 'ONCE',
        idempotency_key: 'k1',
        shipping_postal_code: null,
        created_at: ts,
        updated_at: ts,
      })
      .execute();
    expect((await findPromo(db, 'ONCE', 'en'))?.rule.active).toBe(false);
  });

  it('imports the project JSON format, checking targets against the catalog', async () => {
    const db = t.store.db;
    await db.insertInto('categories').values({ id: 'tents', name: 'Tents' }).execute();
    const text = promosJson([
      {
        code: 'CAMP10',
        kind: 'percent',
        value: 10,
        description: '10% off tents',
        appliesTo: { category: 'tents' },
      },
      {
        code: 'FIVER',
        kind: 'fixed',
        value: 5,
        minSubtotal: 30,
        endsAt: '2026-12-31T23:59:59Z',
        usageLimit: 50,
      },
    ]);
    const r = await importPromosText(db, text, { name: 'promos.json' });
    expect(r).toMatchObject({ format: 'json', created: 2 });
    const stored = await db.selectFrom('promos').selectAll().orderBy('code').execute();
    expect(
      stored.map((p) => [p.code, p.kind, p.value, p.applies_to, p.min_subtotal_cents, p.usage_limit]),
    ).toEqual([
      ['CAMP10', 'percent', 10, 'tents', 0, null],
      ['FIVER', 'fixed', 500, null, 3000, 50],
    ]);
  });

  it('reports every invalid JSON promo with its line and path, and imports nothing', async () => {
    const text = promosJson([
      { code: 'OK5', kind: 'percent', value: 5 },
      { code: 'NEG', kind: 'percent', value: -5 },
      { code: 'WHAT', kind: 'bogus', value: 5 },
      { code: 'ok-5', kind: 'percent', value: 5 },
      { code: 'WHEN', kind: 'fixed', value: 5, startsAt: 'next tuesday' },
      { code: 'KAYAK', kind: 'percent', value: 5, appliesTo: { category: 'kayaks' } },
    ]);
    const error = (await importPromosText(t.store.db, text, { name: 'p.json' }).catch(
      (e) => e,
    )) as PromoImportError;
    expect(error).toBeInstanceOf(PromoImportError);
    expect(error.issues.map((i) => [i.line, i.path])).toEqual([
      [11, 'promos[1]'],
      [16, 'promos[2].kind'],
      [21, 'promos[3]'],
      [26, 'promos[4]'],
      [32, 'promos[5]'],
    ]);
    expect(error.issues.map((i) => i.reason)).toEqual([
      expect.stringMatching(/value -5 is negative/),
      expect.stringMatching(/percent/),
      expect.stringMatching(/duplicate code "ok-5"/),
      expect.stringMatching(/startsAt "next tuesday" is not an ISO 8601 date/),
      'appliesTo.category "kayaks" is not a category of the catalog',
    ]);
    expect(await t.store.db.selectFrom('promos').select('code').execute()).toEqual([]);
  });
});

describe('promo dates', () => {
  it('reads ISO dates, date-times and Shopify offsets; refuses impossible ones', () => {
    expect(parsePromoDate('2026-06-01')).toBe('2026-06-01T00:00:00.000Z');
    expect(parsePromoDate('2026-06-01T10:30:00+02:00')).toBe('2026-06-01T08:30:00.000Z');
    expect(parsePromoDate('2026-06-01 00:00:00 -0400')).toBe('2026-06-01T04:00:00.000Z');
    expect(parsePromoDate('2026-06-01 12:00 UTC')).toBe('2026-06-01T12:00:00.000Z');
    for (const bad of ['2026-02-30', '2026-13-01', '01/06/2026', 'tomorrow', '2026-06-01T25:00:00Z'])
      expect(parsePromoDate(bad)).toBeNull();
  });

  it('the shipped JSON Schema matches the zod schema', async () => {
    const { promosJsonSchema } = await import('./format.ts');
    const onDisk = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../docs/promos.schema.json'), 'utf8'),
    );
    expect(onDisk).toEqual(promosJsonSchema());
  });
});
