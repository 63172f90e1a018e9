/**
 * A colour said loosely, as a shade near it: "reddish", "bluish", "a greyish one", "el rojizo",
 * "uno azulado", "verdoso". The shopper means the family of that colour: the catalog's own shade
 * of it is found as for the plain word ("red" → the product's "Red" or "Crimson"). Pure.
 */
import { colorFamily } from '../../catalog/search-colors.ts';
import type { Language } from '../../contract.ts';

/** Spanish colour adjectives of approximation and the colour each comes from. */
const ES_NEAR: Record<string, string> = {
  rojizo: 'rojo',
  azulado: 'azul',
  verdoso: 'verde',
  amarillento: 'amarillo',
  grisaceo: 'gris',
  blanquecino: 'blanco',
  negruzco: 'negro',
  anaranjado: 'naranja',
  rosado: 'rosa',
  violaceo: 'violeta',
  parduzco: 'marron',
};

/** The plain colour word a hedged one comes from, when it names a colour family; else undefined. */
export function hedgedColour(token: string, lang: Language): string | undefined {
  if (lang === 'es') {
    const base = ES_NEAR[token.replace(/(a|as|os)$/, 'o')] ?? ES_NEAR[token];
    return base && colorFamily(base) ? base : undefined;
  }
  // "reddish" (a doubled consonant), "bluish" / "blueish", "greyish", "yellowish", "pinkish".
  const m = /^([a-z]{2,})ish$/.exec(token);
  if (!m) return undefined;
  const stem = m[1]!.replace(/([^aeiou])\1$/, '$1');
  return [stem, `${stem}e`].find((w) => w.length >= 3 && colorFamily(w) !== undefined);
}
