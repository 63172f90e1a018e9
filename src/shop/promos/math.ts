/**
 * Pure promo arithmetic: is a promo usable for these cart lines at this moment, and how much
 * does it take off. No I/O, so every edge case is a cheap unit test.
 */
import type { Cents } from '../money.ts';
import { percentOf } from '../money.ts';

export const PROMO_KINDS = ['percent', 'fixed', 'free_trial'] as const;
export type PromoKind = (typeof PROMO_KINDS)[number];

export interface PromoRule {
  code: string;
  kind: PromoKind;
  /** percent: 1..100; fixed: cents off; free_trial: trial length in days (informational). */
  value: number;
  minSubtotalCents: Cents;
  startsAt: Date | null;
  expiresAt: Date | null;
  /** Limits the promo to a product id or a category key; a free trial makes one unit free. */
  appliesTo: string | null;
  active: boolean;
}

export interface PricedLine {
  productId: string;
  category?: string | undefined;
  quantity: number;
  unitPriceCents: Cents;
}

export const PROMO_PROBLEMS = [
  'inactive',
  'not_started',
  'expired',
  'min_subtotal',
  'not_applicable',
  'misconfigured',
] as const;
export type PromoProblem = (typeof PROMO_PROBLEMS)[number];

export type PromoEvaluation =
  | { ok: true; discountCents: Cents }
  | { ok: false; problem: PromoProblem; minSubtotalCents?: Cents };

/** Promo codes are matched case- and space-insensitively ("summer 10" = "SUMMER10"). */
export function normalizePromoCode(code: string): string {
  return code
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\-_.]+/g, '')
    .toUpperCase();
}

export function subtotalOf(lines: readonly PricedLine[]): Cents {
  return lines.reduce((sum, l) => sum + l.unitPriceCents * l.quantity, 0);
}

export function evaluatePromo(rule: PromoRule, lines: readonly PricedLine[], now: Date): PromoEvaluation {
  if (!rule.active) return { ok: false, problem: 'inactive' };
  if (rule.startsAt && now.getTime() < rule.startsAt.getTime()) return { ok: false, problem: 'not_started' };
  // A promo "valid until" its expiry instant: at that instant it is already over.
  if (rule.expiresAt && now.getTime() >= rule.expiresAt.getTime()) return { ok: false, problem: 'expired' };

  const subtotal = subtotalOf(lines);
  if (subtotal < rule.minSubtotalCents) {
    return { ok: false, problem: 'min_subtotal', minSubtotalCents: rule.minSubtotalCents };
  }
  const target = rule.appliesTo;
  const eligible = target ? lines.filter((l) => l.productId === target || l.category === target) : lines;
  const eligibleSubtotal = subtotalOf(eligible);
  if (eligible.length === 0 || eligibleSubtotal <= 0) return { ok: false, problem: 'not_applicable' };

  let discount: Cents;
  switch (rule.kind) {
    case 'percent':
      if (!(rule.value > 0 && rule.value <= 100)) return { ok: false, problem: 'misconfigured' };
      discount = percentOf(eligibleSubtotal, rule.value);
      break;
    case 'fixed':
      if (!(rule.value > 0)) return { ok: false, problem: 'misconfigured' };
      discount = Math.round(rule.value);
      break;
    case 'free_trial': {
      if (!rule.appliesTo) return { ok: false, problem: 'misconfigured' };
      // One unit free: the cheapest eligible unit, so several variants never stack the trial.
      discount = Math.min(...eligible.map((l) => l.unitPriceCents));
      break;
    }
  }
  // Never below zero: a $20 voucher on a $15 cart makes it free, not negative.
  return { ok: true, discountCents: Math.min(discount, eligibleSubtotal) };
}

export interface Totals {
  subtotalCents: Cents;
  discountCents: Cents;
  totalCents: Cents;
  /** Set when the cart carries a promo that no longer applies (expired since, cart shrank…). */
  promoProblem: PromoProblem | null;
}

/** The one place cart and order totals are computed. */
export function computeTotals(lines: readonly PricedLine[], promo: PromoRule | null, now: Date): Totals {
  const subtotalCents = subtotalOf(lines);
  if (!promo) return { subtotalCents, discountCents: 0, totalCents: subtotalCents, promoProblem: null };
  const evaluation = evaluatePromo(promo, lines, now);
  const discountCents = evaluation.ok ? evaluation.discountCents : 0;
  return {
    subtotalCents,
    discountCents,
    totalCents: subtotalCents - discountCents,
    promoProblem: evaluation.ok ? null : evaluation.problem,
  };
}
