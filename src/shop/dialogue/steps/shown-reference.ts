/**
 * A product of the list shown picked by a word of its own title and a value of its variants:
 * "the carbon one in medium, matte titanium" after helmets were listed, "el de pedestal en
 * Terracotta". The word must fit exactly one product shown (or talked about) and the value must
 * be one the product's variants could have (a size or colour it lists, an equivalent letter size
 * "medium" → "M", or a value it no longer lists in stock: the shop then refuses it with what is in
 * stock). Pure.
 */

import type { ProductInfo } from '../results.ts';
import { SIZE_WORDS, STOPWORDS } from '../words/lexicon.ts';
import { normalize, stem } from '../words/text.ts';
import type { DecideInput } from './action-types.ts';

const words = (x: string) =>
  normalize(x)
    .split(/[\s-]+/)
    .filter(Boolean);

/** The letter size a word names ("medium" → "M", "grande" → "L"), or the label itself. */
function sizeKey(label: string): string {
  const n = normalize(label);
  const key = Object.entries(SIZE_WORDS).find(([k, ws]) => k.toLowerCase() === n || ws.includes(n))?.[0];
  return key ?? n.replace(/\s+/g, '');
}

/** Whether two size labels name the same size ("Medium" / "M", "Large" / "L", "9.5" / "9.5"). */
export function sameSize(a: string, b: string): boolean {
  return sizeKey(a) === sizeKey(b);
}

/** The product's own size that the label said names, if any. */
export function ownSize(p: ProductInfo, said: string | undefined): string | undefined {
  return said ? p.sizes.find((x) => sameSize(x.size, said))?.size : undefined;
}

/**
 * The one product shown or talked about whose title has every word said of it ("carbon",
 * "pedestal"), when the request names no product itself.
 */
export function shownByTitleWords(input: DecideInput): ProductInfo | undefined {
  const { state, nlu } = input;
  const s = nlu.slots;
  if (s.productNames?.length || s.category || s.brand || s.ordinals?.length) return undefined;
  const said = (s.attributes ?? []).flatMap(words).filter((w) => !STOPWORDS[nlu.language].has(w));
  if (said.length === 0 || said.length > 2) return undefined;
  const seen = new Map<string, ProductInfo>();
  for (const p of state.lastResults) seen.set(p.id, state.known.get(p.id) ?? p);
  if (state.focus) seen.set(state.focus.id, state.known.get(state.focus.id) ?? state.focus);
  const hits = [...seen.values()].filter((p) => {
    const title = new Set(words(p.name).map(stem));
    return said.every((w) => title.has(stem(w)));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * A colour or size said of a product that its shown variants may not list: a colour for a product
 * sold in colours, a size for one sold in sizes (a sold-out one is not in a search's summary).
 */
export function namesUnlistedVariant(input: DecideInput, p: ProductInfo): boolean {
  const s = input.nlu.slots;
  if (s.size && p.sizes.length > 0) return true;
  return !!s.color && p.colors.length > 0;
}

/** "The Grindstone one", "el de Grindstone": one of a list named by its brand. */
const ONE_OF: Record<'en' | 'es', RegExp> = { en: /\bone\b/, es: /\b(el|la|del|al|lo) de\b/ };

/**
 * The one product of the list shown (several) whose brand the shopper names as "the X one": that
 * product, not a new search for the brand.
 */
export function shownOfBrand(input: DecideInput): ProductInfo | undefined {
  const { state, nlu } = input;
  const s = nlu.slots;
  if (!s.brand || s.productNames?.length || s.category || s.ordinals?.length || s.sort || s.excludeBrand)
    return undefined;
  if (state.lastResults.length === 0 || !ONE_OF[nlu.language].test(nlu.text)) return undefined;
  const brand = s.brand.toLowerCase();
  const hits = state.lastResults.filter((p) => p.brand?.toLowerCase() === brand);
  return hits.length === 1 ? (state.known.get(hits[0]!.id) ?? hits[0]) : undefined;
}
