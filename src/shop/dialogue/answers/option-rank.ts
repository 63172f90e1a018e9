/**
 * "Which one is the widest?" over decks sold by Width, "the longest board" over boards by Length:
 * when the texts give no figure, the products shown are ranked by the option named for that
 * dimension (its widest value for "widest", its narrowest for "narrowest"). English words.
 */
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { measureOf } from '../words/measure-order.ts';
import { t } from '../words/spoken.ts';

/** The option a dimension word is sold by. */
const OPTION_OF: [RegExp, RegExp][] = [
  [/^(wide|wider|widest|width|narrow|narrower|narrowest)$/, /\bwidth\b/i],
  [/^(long|longer|longest|length|short|shorter|shortest)$/, /\blength\b/i],
  [/^(tall|taller|tallest|high|higher|highest|height)$/, /\bheight\b/i],
  [/^(thick|thicker|thickest|thickness|thin|thinner|thinnest)$/, /\bthickness\b/i],
  [/^(diameter)$/, /\bdiameter\b/i],
];
const LEAST = /^(narrow|narrower|narrowest|short|shorter|shortest|thin|thinner|thinnest)$/;

export function rankByOption(products: ProductInfo[], word: string, most: boolean, lang: Language) {
  const w = word.toLowerCase();
  // "Which block has the biggest sheave": the word may be the option's own name.
  const own = w.replace(/s$/, '');
  const named = products.some((p) => p.options?.some((o) => o.name.toLowerCase().replace(/s$/, '') === own))
    ? new RegExp(`^${own.replace(/[^a-z0-9 ]/g, '')}s?$`, 'i')
    : undefined;
  const name = OPTION_OF.find(([said]) => said.test(w))?.[1] ?? named;
  if (!name) return undefined;
  const high = most && !LEAST.test(w);
  const ranked = products
    .map((p) => {
      const o = p.options?.find((x) => name.test(x.name));
      const values = (o?.values ?? [])
        .map((v) => ({ text: v.value, m: measureOf(v.value) }))
        .filter((v): v is { text: string; m: number } => v.m !== undefined)
        .sort((a, b) => (high ? b.m - a.m : a.m - b.m));
      return values[0] ? { p, v: values[0] } : undefined;
    })
    .filter((x) => !!x)
    .sort((a, b) => (high ? b.v.m - a.v.m : a.v.m - b.v.m));
  if (ranked.length < 2) return undefined;
  const [best, ...rest] = ranked;
  const others = rest.slice(0, 2).map((x) => `${x.v.text} for ${x.p.name}`);
  const othersEs = rest.slice(0, 2).map((x) => `${x.v.text} de ${x.p.name}`);
  return t(
    lang,
    `${best!.p.name} (${best!.v.text}), against ${others.join(' and ')}.`,
    `${best!.p.name} (${best!.v.text}), frente a ${othersEs.join(' y ')}.`,
  );
}
