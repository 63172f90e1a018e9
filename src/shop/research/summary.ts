/**
 * The comparative research summary: short enough to speak (3 products, one line each), built only
 * from database facts (names, prices, stock, tags). An LLM summariser can replace it later.
 */
import type { Language } from '../contract.ts';
import { formatMoney } from '../money.ts';
import { lowestPriceCents, type ProductDetail, totalStock } from '../products/details.ts';

export function researchSummary(
  query: string,
  products: readonly ProductDetail[],
  language: Language,
): string {
  const es = language === 'es';
  if (products.length === 0) {
    return es ? `No encontré productos para «${query}».` : `I found no products for "${query}".`;
  }
  const price = (p: ProductDetail) => formatMoney(lowestPriceCents(p), p.currency, language);
  const top = products.slice(0, 3);
  const sharedTags = new Set(
    top.reduce<string[]>((acc, p, i) => (i === 0 ? p.tags : acc.filter((t) => p.tags.includes(t))), []),
  );
  const line = (p: ProductDetail) => {
    const distinct = p.tags.filter((t) => !sharedTags.has(t)).slice(0, 2);
    const stock = totalStock(p) > 0 ? '' : es ? ' (agotado)' : ' (out of stock)';
    const by = es ? 'de' : 'by';
    return `${p.name} ${by} ${p.brand}, ${price(p)}${distinct.length ? `, ${distinct.join(', ')}` : ''}${stock}`;
  };
  const inStock = products.filter((p) => totalStock(p) > 0);
  const cheapest = [...inStock].sort((a, b) => lowestPriceCents(a) - lowestPriceCents(b))[0];
  const parts = [
    es
      ? `Comparé ${products.length} productos para «${query}». Los mejores: ${top.map(line).join('; ')}.`
      : `I compared ${products.length} products for "${query}". Top picks: ${top.map(line).join('; ')}.`,
  ];
  if (cheapest) {
    parts.push(
      es
        ? `El más barato disponible es ${cheapest.name}, a ${price(cheapest)}.`
        : `The cheapest in stock is ${cheapest.name} at ${price(cheapest)}.`,
    );
  }
  return parts.join(' ');
}
