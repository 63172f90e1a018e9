/**
 * "I kind of like the green one", "he wants it in the red" about the product just described,
 * after a list of several: a colour said of the product in focus that no other product shown has
 * (the focus may list it, or not when results list only what is in stock). The shopper means a
 * shade of the product talked about, so the add goes to the shop, which maps the family word to
 * the product's one shade of it and refuses a sold-out variant with what is in stock (rather than
 * a new search that finds nothing). Questions and requests naming another kind stay searches.
 */
import { colorSatisfies } from '../../catalog/search-colors.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { DecideInput } from '../steps/action-types.ts';

/** A reference to one thing ("the green one", "it in red", "that in blue"), not a browse ("green ones"). */
const ONE: Record<Language, RegExp> = {
  en: /\b(one|it|that|this)\b/,
  es: /\b(el|la|lo|ese|esa|uno|una)\b/,
};
const ASKS: Record<Language, RegExp> = {
  en: /^(do|does|is|are|can|could|have|has|any|which|what|how)\b|\b(show|see|look|find|search|other|else)\b/,
  es: /^(tienes|teneis|tiene|hay|es|son|puede|cual|que|como)\b|\b(muestrame|ensename|busca|otro|otra)\b/,
};

const hasShade = (p: ProductInfo, color: string) => p.colors.some((c) => colorSatisfies(c.color, color));

export function focusColourPick(input: DecideInput): string | undefined {
  const { nlu, state } = input;
  const s = nlu.slots;
  const lang = nlu.language;
  if (!s.color || !['search', 'refine', 'unknown', 'add_to_cart'].includes(nlu.intent)) return undefined;
  if (s.category || s.productNames || s.brand || s.attributes || s.ordinals || s.sort || s.exclude)
    return undefined;
  if (input.current.user.includes('?') || ASKS[lang].test(nlu.text) || !ONE[lang].test(nlu.text))
    return undefined;
  const focus = state.focus && (state.known.get(state.focus.id) ?? state.focus);
  // Only a product sold in several colours (so a colour names a variant of it).
  if (!focus || focus.colors.length < 2) return undefined;
  if (state.lastResults.some((p) => p.id !== focus.id && hasShade(state.known.get(p.id) ?? p, s.color!)))
    return undefined;
  return focus.id;
}
