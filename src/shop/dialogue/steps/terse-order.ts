/**
 * A request said as a bare noun phrase with the variant wanted (issue 12): "canvas apron,
 * medium", "an underglaze pencil in red", "stoneware clay, twenty five pound", "delantal de lona,
 * talla M". Nobody in it does anything (no subject, no verb that asks, browses or compares), so it asks
 * for that variant. When its search finds one product and the value said is one the search's card
 * does not list in stock (sold out, or not made), the add is tried so the shop refuses it with what
 * is in stock, instead of offering the product as if the value were there. An in-stock value is
 * shown first, as any search ("add it" then adds one). Pure.
 */
import { colorSatisfies } from '../../catalog/search-colors.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import { SIZE_WORDS } from '../words/lexicon.ts';
import { normalize } from '../words/text.ts';
import type { DecideInput } from './action-types.ts';
import { sameSize } from './shown-reference.ts';

/**
 * Words that make a sentence of it: a person doing something, a verb that asks or browses, or a
 * comparison ("boots or waders", "like the green one").
 */
const SENTENCE: Record<Language, RegExp> = {
  en: /\b(i|i m|im|i ve|i d|you|we|they|it|its|do|does|did|is|are|was|were|be|have|has|got|carry|sell|stock|show|see|look|looking|find|search|browse|compare|tell|about|any|anything|something|which|what|how|where|when|why|or|than|versus|vs|like|options?|choices?|kinds?|types?|sort)\b/,
  es: /\b(yo|tu|usted|vosotros|ustedes|tienes|tienen|teneis|tiene|hay|vendes|venden|vendeis|muestrame|ensename|ver|busca|buscame|mira|compara|dime|que|cual|cuales|como|donde|cuando|algo|alguno|alguna|algun|o|u|opciones?|tipos?|clases?)\b/,
};

/** The most words a bare request runs to ("a bottling bucket, the two and a half gallon"). */
const MAX_WORDS = 10;

/** Is the (normalised) utterance a bare noun phrase that asks for a thing, not a sentence about it? */
export function isTerseRequest(text: string, lang: Language): boolean {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  return !SENTENCE[lang].test(text);
}

/**
 * The letter size a word of the request names ("medium" → "M") for a product sold in letter
 * sizes: the vocabulary reads it as a plain word when no product lists that size in stock.
 */
export function letterSizeSaid(input: DecideInput, p: ProductInfo): string | undefined {
  if (input.nlu.slots.size || !p.sizes.some((x) => x.size.toUpperCase() in SIZE_WORDS)) return undefined;
  const said = (input.nlu.slots.attributes ?? []).map(normalize);
  return Object.entries(SIZE_WORDS).find(([, ws]) => said.some((w) => ws.includes(w)))?.[0];
}

/**
 * A colour said of a product sold in colours, or a size of one sold in sizes, that no variant
 * lists in stock (a search's card lists only those): sold out, or not made at all.
 */
export function namesUnlistedValue(input: DecideInput, p: ProductInfo): boolean {
  const s = input.nlu.slots;
  const color = s.color;
  const colourOut =
    !!color &&
    p.colors.length > 0 &&
    !p.colors.some(
      (c) => c.inStock && (normalize(c.color) === normalize(color) || colorSatisfies(c.color, color)),
    );
  const size = s.size ?? letterSizeSaid(input, p);
  const sizeOut = !!size && p.sizes.length > 0 && !p.sizes.some((x) => x.inStock && sameSize(x.size, size));
  return colourOut || sizeOut;
}

/** The request's slots with the letter size its words name for the product picked ("medium" → size M). */
export function withLetterSize(input: DecideInput, productId: string): DecideInput['nlu']['slots'] {
  const { state } = input;
  const p = state.known.get(productId) ?? state.lastResults.find((x) => x.id === productId);
  const size = p && letterSizeSaid(input, p);
  return size ? { ...input.nlu.slots, size } : { ...input.nlu.slots };
}
