/**
 * Words that count a product rather than name one (issue 12): "two bags of the sponges", "a pack of
 * the witness cones", "dos cajas de conos". A container said between a count and "of" / "de" is how
 * many, never a kind of product: it must not find the shop's tool bag or storage box. Pure.
 */
import type { Language } from '../../contract.ts';

const CONTAINER =
  /^(bags?|box|boxes|bottles?|packs?|packets?|cans?|jars?|tins?|pouch|pouches|tubes?|cartons?|rolls?|cases?|tubs?|sacks?|bolsas?|cajas?|botellas?|paquetes?|latas?|tarros?|botes?|tubos?|rollos?|sacos?)$/;
const COUNT: Record<Language, RegExp> = {
  en: /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|couple|few|\d+)$/,
  es: /^(un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|otra|otro|\d+)$/,
};
const OF: Record<Language, RegExp> = { en: /^of$/, es: /^(de|del)$/ };

/** Positions of the container words that count ("bags" in "two bags of the sponges"). */
export function countNounsAt(tokens: string[], lang: Language): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (i === 0 || !CONTAINER.test(t) || !OF[lang].test(tokens[i + 1] ?? '')) return;
    // "two small bags of", "a 12 pack of": one word may sit between the count and the container.
    const counted = COUNT[lang].test(tokens[i - 1]!) || (i >= 2 && COUNT[lang].test(tokens[i - 2]!));
    // Spanish names a product by what it holds ("una bolsa de magnesio" is a chalk bag, "una caja
    // de herramientas" a toolbox): only several containers ("dos bolsas de") are a count there.
    if (lang === 'es' && !/s$/.test(t)) return;
    // Something must follow "of" for the container to count it ("a case of 24" counts too).
    if (counted && tokens[i + 2]) out.push(i);
  });
  return out;
}
