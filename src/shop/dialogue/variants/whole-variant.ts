/**
 * A request that names a value for every option of one product ("the snaffle bridle, cob size, in
 * black", "a fly sheet in 78, the white") has chosen a variant: a shopper browsing names a kind
 * and perhaps one value, not the whole variant. So after a search that found that one product,
 * the request reads as an add even without a buying verb (the shop refuses a sold-out variant
 * with what is in stock). Options with a single value need not be said.
 */
import { colorSatisfies } from '../../catalog/search-colors.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { DecideInput } from '../steps/action-types.ts';
import { optionText } from '../steps/actions.ts';
import { ownSize } from '../steps/shown-reference.ts';
import { normalize } from '../words/text.ts';
import { optionPhrase } from './option-phrase.ts';

/** Words that ask to see or learn, not to choose ("show me the bridle in black"). */
const BROWSE: Record<Language, RegExp> = {
  en: /\b(show|see|look|looking|find|search|browse|compare|tell me|what about|how about|any|got)\b/,
  es: /\b(muestrame|ensename|ver|busca|buscame|mira|compara|dime|que tal|hay|tienes|teneis)\b/,
};

export function namesWholeVariant(input: DecideInput, p: ProductInfo): boolean {
  const s = input.nlu.slots;
  if (BROWSE[input.nlu.language].test(input.nlu.text)) return false;
  const phrase = p.options?.length ? optionPhrase(optionText(input.nlu), p) : {};
  const named = new Set('options' in phrase ? Object.keys(phrase.options) : []);
  const color =
    !!s.color &&
    p.colors.some((c) => normalize(c.color) === normalize(s.color!) || colorSatisfies(c.color, s.color!));
  // A catalog size the product does not list (results list what is in stock) is still its size
  // asked for: the shop refuses it when sold out.
  const size = !!ownSize(p, s.size) || (!!s.size && p.sizes.length > 0);
  const dimensions = [
    ...(p.sizes.length > 1 ? [size] : []),
    ...(p.colors.length > 1 ? [color] : []),
    ...(p.options ?? []).filter((o) => o.values.length > 1).map((o) => named.has(o.name)),
  ];
  return dimensions.length > 0 && dimensions.every(Boolean);
}
