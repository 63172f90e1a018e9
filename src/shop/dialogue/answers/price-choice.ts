/**
 * "Which is cheaper, the relic shovel or the hand digger?", "¿cuál sale más caro, A o B?": a
 * choice between two named products by price is answered by their prices, never by looking for
 * the word "cheaper" in their texts. Pure.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { money, t } from '../words/spoken.ts';

/** Price comparatives; superlatives are the sort's own (constraints.ts). */
const CHEAPER =
  /\b(cheaper|less expensive|costs? less|more affordable|lower priced|mas barat[oa]s?|menos car[oa]s?|(cuesta|vale|sale) menos)\b/;
const DEARER =
  /\b(more expensive|pricier|dearer|costs? more|higher priced|mas car[oa]s?|(cuesta|vale|sale) mas)\b/;

/** The price order a which-question between two products asks for, if it asks by price. */
export function priceAsked(
  text: string,
  sort: string | undefined,
): 'cheapest' | 'most_expensive' | undefined {
  if (sort === 'cheapest' || sort === 'most_expensive') return sort;
  if (CHEAPER.test(text)) return 'cheapest';
  if (DEARER.test(text)) return 'most_expensive';
  return undefined;
}

/** The answer naming the cheaper (or dearer) of the two with both prices; undefined without both prices. */
export function answerPriceChoice(
  a: ProductInfo,
  b: ProductInfo,
  sort: 'cheapest' | 'most_expensive',
  lang: Language,
): string | undefined {
  if (a.price === undefined || b.price === undefined) return undefined;
  const price = (p: ProductInfo) => money(p.price, p.currency, lang);
  if (a.price === b.price)
    return t(
      lang,
      `They cost the same: ${a.name} and ${b.name} are both ${price(a)}.`,
      `Cuestan lo mismo: ${a.name} y ${b.name} salen a ${price(a)}.`,
    );
  const cheapFirst = sort === 'cheapest';
  const [win, lose] = a.price < b.price === cheapFirst ? [a, b] : [b, a];
  return t(
    lang,
    `${win.name} is ${cheapFirst ? 'cheaper' : 'more expensive'} at ${price(win)}, against ${price(lose)} for ${lose.name}.`,
    `${win.name} es ${cheapFirst ? 'más barato' : 'más caro'}: ${price(win)}, frente a ${price(lose)} de ${lose.name}.`,
  );
}
