import { describe, expect, it } from 'vitest';
import { computeTotals, evaluatePromo, normalizePromoCode, type PricedLine, type PromoRule } from './math.ts';

const now = new Date('2025-06-15T12:00:00Z');
const rule = (over: Partial<PromoRule>): PromoRule => ({
  code: 'X',
  kind: 'percent',
  value: 10,
  minSubtotalCents: 0,
  startsAt: null,
  expiresAt: null,
  appliesTo: null,
  active: true,
  ...over,
});
const lines: PricedLine[] = [
  { productId: 'shoe', quantity: 2, unitPriceCents: 5999 },
  { productId: 'sock', quantity: 1, unitPriceCents: 999 },
];

describe('evaluatePromo', () => {
  it('percent off the whole cart, rounded to a cent', () => {
    // 12997 * 15% = 1949.55 → 1950
    expect(evaluatePromo(rule({ value: 15 }), lines, now)).toEqual({ ok: true, discountCents: 1950 });
  });
  it('percent limited to one product', () => {
    expect(evaluatePromo(rule({ value: 50, appliesTo: 'sock' }), lines, now)).toEqual({
      ok: true,
      discountCents: 500,
    });
  });
  it('applies to a category key as well as a product id', () => {
    const l: PricedLine[] = [
      { productId: 'p1', category: 'socks', quantity: 2, unitPriceCents: 1000 },
      { productId: 'p2', category: 'shoes', quantity: 1, unitPriceCents: 5000 },
    ];
    expect(evaluatePromo(rule({ value: 10, appliesTo: 'socks' }), l, now)).toEqual({
      ok: true,
      discountCents: 200,
    });
  });
  it('fixed never exceeds the subtotal', () => {
    expect(evaluatePromo(rule({ kind: 'fixed', value: 2000 }), lines, now)).toEqual({
      ok: true,
      discountCents: 2000,
    });
    const small: PricedLine[] = [{ productId: 'sock', quantity: 1, unitPriceCents: 999 }];
    const r = evaluatePromo(rule({ kind: 'fixed', value: 2000 }), small, now);
    expect(r).toEqual({ ok: true, discountCents: 999 });
    expect(computeTotals(small, rule({ kind: 'fixed', value: 2000 }), now).totalCents).toBe(0);
  });
  it('free trial makes exactly one (the cheapest) unit of its product free', () => {
    const l: PricedLine[] = [
      { productId: 'app', quantity: 3, unitPriceCents: 1200 },
      { productId: 'app', quantity: 1, unitPriceCents: 900 },
      { productId: 'shoe', quantity: 1, unitPriceCents: 5999 },
    ];
    expect(evaluatePromo(rule({ kind: 'free_trial', value: 30, appliesTo: 'app' }), l, now)).toEqual({
      ok: true,
      discountCents: 900,
    });
    expect(evaluatePromo(rule({ kind: 'free_trial', value: 30, appliesTo: 'other' }), l, now)).toEqual({
      ok: false,
      problem: 'not_applicable',
    });
    expect(evaluatePromo(rule({ kind: 'free_trial', value: 30 }), l, now)).toEqual({
      ok: false,
      problem: 'misconfigured',
    });
  });
  it('minimum subtotal is inclusive', () => {
    expect(evaluatePromo(rule({ minSubtotalCents: 12997 }), lines, now).ok).toBe(true);
    expect(evaluatePromo(rule({ minSubtotalCents: 12998 }), lines, now)).toEqual({
      ok: false,
      problem: 'min_subtotal',
      minSubtotalCents: 12998,
    });
  });
  it('expiry instant is already expired; start instant is already valid', () => {
    expect(evaluatePromo(rule({ expiresAt: now }), lines, now)).toEqual({ ok: false, problem: 'expired' });
    expect(evaluatePromo(rule({ expiresAt: new Date(now.getTime() + 1) }), lines, now).ok).toBe(true);
    expect(evaluatePromo(rule({ startsAt: now }), lines, now).ok).toBe(true);
    expect(evaluatePromo(rule({ startsAt: new Date(now.getTime() + 1) }), lines, now)).toEqual({
      ok: false,
      problem: 'not_started',
    });
  });
  it('inactive, empty cart and nonsense values are refused', () => {
    expect(evaluatePromo(rule({ active: false }), lines, now)).toEqual({ ok: false, problem: 'inactive' });
    expect(evaluatePromo(rule({}), [], now)).toEqual({ ok: false, problem: 'not_applicable' });
    expect(evaluatePromo(rule({ value: 0 }), lines, now)).toEqual({ ok: false, problem: 'misconfigured' });
    expect(evaluatePromo(rule({ value: 150 }), lines, now)).toEqual({ ok: false, problem: 'misconfigured' });
    expect(evaluatePromo(rule({ kind: 'fixed', value: -5 }), lines, now)).toEqual({
      ok: false,
      problem: 'misconfigured',
    });
  });
});

describe('computeTotals', () => {
  it('drops a promo that stopped applying and says why', () => {
    const t = computeTotals(lines, rule({ minSubtotalCents: 20000 }), now);
    expect(t).toEqual({
      subtotalCents: 12997,
      discountCents: 0,
      totalCents: 12997,
      promoProblem: 'min_subtotal',
    });
  });
  it('subtotal - discount = total', () => {
    const t = computeTotals(lines, rule({ value: 10 }), now);
    expect(t.subtotalCents - t.discountCents).toBe(t.totalCents);
    expect(t.discountCents).toBe(1300);
  });
});

it('normalizePromoCode ignores case, spaces, dashes and accents', () => {
  expect(normalizePromoCode(' summer-10 ')).toBe('SUMMER10');
  expect(normalizePromoCode('Verano 15')).toBe('VERANO15');
  expect(normalizePromoCode('invièrno')).toBe('INVIERNO');
});
