/**
 * Checks shared by both promo formats, so a Shopify row and a JSON entry are held to the same
 * rules and get the same messages. Each returns the value or pushes a reason.
 */
import type { PromoKind } from '../../../store/schema.ts';
import { normalizePromoCode } from '../math.ts';

/** What the writer stores; amounts in cents, dates as ISO strings. */
export interface PromoRecord {
  code: string;
  kind: PromoKind;
  value: number;
  description: string;
  description_es: string | null;
  min_subtotal_cents: number;
  /** Category key, or a product id (`p_<handle>`). */
  applies_to: string | null;
  active: number;
  starts_at: string | null;
  ends_at: string | null;
  usage_limit: number | null;
}

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO 8601 date or date-time (also Shopify's "2026-06-01 00:00:00 -0400"); no zone = UTC. */
export function parsePromoDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone = 'Z'] = m;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(
    parts[0],
    parts[1] - 1,
    parts[2],
    parts[3],
    parts[4],
    parts[5],
    Number(frac.slice(0, 3).padEnd(3, '0')),
  );
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: a date that does not round-trip does not exist.
  if (
    check.getUTCFullYear() !== parts[0] ||
    check.getUTCMonth() !== parts[1] - 1 ||
    check.getUTCDate() !== parts[2] ||
    parts[3] > 23 ||
    parts[4] > 59 ||
    parts[5] > 59
  )
    return null;
  let offsetMin = 0;
  if (/^[+-]/.test(zone)) {
    const z = zone.replace(':', '');
    const sign = z.startsWith('-') ? -1 : 1;
    const oh = Number(z.slice(1, 3));
    const om = Number(z.slice(3, 5));
    if (oh > 23 || om > 59) return null;
    offsetMin = sign * (oh * 60 + om);
  }
  return new Date(ms - offsetMin * 60_000).toISOString();
}

export function checkCode(code: string, reasons: string[]): string {
  const trimmed = code.trim();
  if (!trimmed) reasons.push('missing code');
  else if (trimmed.length > 64) reasons.push(`code "${trimmed.slice(0, 20)}…" is longer than 64 characters`);
  else if (!normalizePromoCode(trimmed) || !/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u.test(trimmed))
    reasons.push(
      `code "${trimmed}" must be letters and digits (spaces, dashes, dots or underscores between)`,
    );
  return trimmed;
}

/** Validates the kind/value pair; returns the stored value (percent, cents or days). */
export function checkValue(kind: PromoKind, value: number, reasons: string[], label = 'value'): number {
  if (!Number.isFinite(value)) {
    reasons.push(`${label} is not a number`);
    return 0;
  }
  if (value < 0) {
    reasons.push(
      `${label} ${value} is negative: write the amount off as a positive number (10 for 10 % off)`,
    );
    return 0;
  }
  switch (kind) {
    case 'percent':
      if (!Number.isInteger(value) || value < 1 || value > 100)
        reasons.push(`a percentage ${label} must be a whole number from 1 to 100, not ${value}`);
      return value;
    case 'fixed':
      if (value === 0) reasons.push(`a fixed amount ${label} must be more than 0`);
      return Math.round(value * 100);
    case 'free_trial':
      if (!Number.isInteger(value) || value < 1)
        reasons.push(`a free trial ${label} is whole days, at least 1`);
      return value;
  }
}

export function checkWindow(startsAt: string | null, endsAt: string | null, reasons: string[]): void {
  if (startsAt && endsAt && endsAt <= startsAt)
    reasons.push(`ends (${endsAt}) before it starts (${startsAt})`);
}

const major = (cents: number) => (cents / 100).toFixed(2);

/**
 * What the assistant says about a promo a Shopify export described only by its admin title:
 * the title, then what it takes off ("Summer sale: 10% off orders over 50.00").
 */
export function describePromo(
  kind: 'percent' | 'fixed',
  value: number,
  minCents: number,
  title: string,
): { description: string; description_es: string } {
  const off = kind === 'percent' ? `${value}%` : major(value);
  const en = `${off} off ${minCents > 0 ? `orders over ${major(minCents)}` : 'your order'}`;
  const es = `${off} de descuento ${minCents > 0 ? `en pedidos de más de ${major(minCents)}` : 'en tu pedido'}`;
  return { description: title ? `${title}: ${en}` : en, description_es: title ? `${title}: ${es}` : es };
}
