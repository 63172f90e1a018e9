/**
 * The read-back the shopper must say yes to before an order is placed: items, sizes/colours,
 * quantities, prices, promo, total and where it ships. Written to be spoken (no tables, no symbols
 * a TTS would mispronounce) and shown on screen as is.
 */
import type { Language } from '../contract.ts';
import { formatMoney } from '../money.ts';

export interface SummaryLine {
  name: string;
  size?: string | undefined;
  color?: string | undefined;
  quantity: number;
  unitPriceCents: number;
}

export interface SummaryInput {
  lines: readonly SummaryLine[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  currency: string;
  promoCode: string | null;
  /** Where it ships, as the shopper knows it ("postal code 28001"); omitted when unknown. */
  shipTo?: string | null;
}

function joinList(parts: string[], language: Language): string {
  if (parts.length <= 1) return parts.join('');
  const and = language === 'es' ? ' y ' : ' and ';
  return `${parts.slice(0, -1).join('; ')};${and}${parts.at(-1)}`;
}

function describeLine(l: SummaryLine, currency: string, language: Language): string {
  const price = formatMoney(l.unitPriceCents, currency, language);
  const variant = [
    l.size ? (language === 'es' ? `talla ${l.size}` : `size ${l.size}`) : null,
    l.color ?? null,
  ].filter(Boolean);
  const what = [`${l.quantity} ${l.name}`, ...variant].join(', ');
  if (language === 'es') return `${what}, a ${price}${l.quantity > 1 ? ' cada uno' : ''}`;
  return `${what}, at ${price}${l.quantity > 1 ? ' each' : ''}`;
}

export function orderSummaryText(input: SummaryInput, language: Language): string {
  const m = (c: number) => formatMoney(c, input.currency, language);
  const items = joinList(
    input.lines.map((l) => describeLine(l, input.currency, language)),
    language,
  );
  const parts: string[] = [];
  if (language === 'es') {
    parts.push(`Tu pedido: ${items}.`);
    if (input.discountCents > 0) {
      parts.push(`Subtotal ${m(input.subtotalCents)}.`);
      parts.push(
        `Código ${input.promoCode ?? ''}: menos ${m(input.discountCents)}.`.replace('Código :', 'Descuento:'),
      );
    }
    // "a el código postal" contracts to "al código postal".
    const dest = input.shipTo ? `a ${input.shipTo}`.replace(/^a el /, 'al ') : '';
    parts.push(`Total ${m(input.totalCents)}${dest ? `, con envío ${dest}` : ''}.`);
    parts.push('¿Confirmo el pedido?');
  } else {
    parts.push(`Your order: ${items}.`);
    if (input.discountCents > 0) {
      parts.push(`Subtotal ${m(input.subtotalCents)}.`);
      parts.push(
        `Promo ${input.promoCode ?? ''}: minus ${m(input.discountCents)}.`.replace('Promo :', 'Discount:'),
      );
    }
    parts.push(`Total ${m(input.totalCents)}${input.shipTo ? `, shipping to ${input.shipTo}` : ''}.`);
    parts.push('Shall I place the order?');
  }
  return parts.join(' ');
}
