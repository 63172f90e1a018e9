/**
 * Both parsers read a price's major units as hundredths ("1450000" → 145000000), right for USD,
 * EUR or MXN; a currency whose minor unit is not the hundredth (COP and CLP have none, KWD has
 * thousandths) would be shown a hundred times too dear. Once the import knows the currency, the
 * parsed amounts are brought to that currency's own minor units.
 */
import { minorDigits } from '../../money.ts';
import type { ParsedProduct } from './json.ts';

const PARSED_DIGITS = 2;

export function inCurrencyUnits(products: ParsedProduct[], currency: string): ParsedProduct[] {
  const shift = minorDigits(currency) - PARSED_DIGITS;
  if (shift === 0) return products;
  const scale = (cents: number) => Math.round(cents * 10 ** shift);
  return products.map((p) => ({
    ...p,
    variants: p.variants.map((v) => ({
      ...v,
      price_cents: scale(v.price_cents),
      compare_at_cents: v.compare_at_cents == null ? v.compare_at_cents : scale(v.compare_at_cents),
    })),
  }));
}
