/**
 * "What's the Halcyon run in 300 thread count for a king?", "¿cuánto vale el 24-70 en montura
 * Canon RF?": a price asked with option values is the price of the variant those values name, as
 * the product's own variant list (get_product) gives it, never the product's lowest price. The
 * variants whose values the shopper said the most of are the ones asked about; when they differ in
 * price, each is said with its values. Pure.
 */
import type { Language } from '../../contract.ts';
import { money, t } from '../words/spoken.ts';
import { normalize } from '../words/text.ts';

export interface PricedVariant {
  values: string[];
  price: number;
}

/** The variants of a get_product result with their option values and price. */
export function pricedVariants(output: unknown): PricedVariant[] {
  const o = output as { result?: unknown; variants?: unknown } | null;
  const r = (o && 'result' in o ? o.result : o) as { variants?: unknown } | null;
  if (!Array.isArray(r?.variants)) return [];
  const out: PricedVariant[] = [];
  for (const v of r.variants as Record<string, unknown>[]) {
    if (typeof v.price !== 'number') continue;
    const opts = v.options && typeof v.options === 'object' ? Object.values(v.options) : [];
    const values = [v.size, v.color, ...opts].filter((x): x is string => typeof x === 'string' && !!x);
    out.push({ values: [...new Set(values)], price: v.price });
  }
  return out;
}

/** "50mm" and "50 mm", "Full/Queen" and "full queen" are the same words. */
const words = (x: string) =>
  normalize(x.replace(/\//g, ' '))
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => (/^\d+(\.\d+)?[a-z]+$/.test(w) ? w.split(/(?<=\d)(?=[a-z])/) : [w]));

/** Whether every word of the value was said. */
function said(value: string, text: Set<string>): boolean {
  const ws = words(value);
  return ws.length > 0 && ws.every((w) => text.has(w));
}

/** The variants the text names the most values of (none when it names none). */
export function variantsNamed(variants: PricedVariant[], text: string): PricedVariant[] {
  const heard = new Set(words(text));
  let best: PricedVariant[] = [];
  let most = 0;
  for (const v of variants) {
    const n = v.values.filter((x) => said(x, heard)).length;
    if (n > most) {
      most = n;
      best = [v];
    } else if (n === most && n > 0) best.push(v);
  }
  return best;
}

/** The answer for a price asked with option values, or undefined when the text names none. */
export function answerVariantPrice(
  name: string,
  variants: PricedVariant[],
  text: string,
  currency: string | undefined,
  lang: Language,
): string | undefined {
  const named = variantsNamed(variants, text);
  if (!named.length) return undefined;
  const prices = [...new Set(named.map((v) => v.price))];
  if (prices.length === 1) {
    const heard = new Set(words(text));
    const values = named[0]!.values.filter((x) => said(x, heard)).join(', ');
    return t(
      lang,
      `${name} in ${values} is ${money(prices[0], currency, lang)}.`,
      `${name} en ${values} cuesta ${money(prices[0], currency, lang)}.`,
    );
  }
  const each = named
    .slice(0, 4)
    .map((v) => `${v.values.join(', ')}: ${money(v.price, currency, lang)}`)
    .join('; ');
  return t(lang, `${name} costs ${each}.`, `${name} cuesta ${each}.`);
}
