/**
 * A variant of the one product on screen picked by its values alone (issue 12): "22 inch, I need
 * two" or "the blue ones" after one wiper or seat cover was shown, "give me the gallon jug" about
 * the shampoo in focus, and "and a rear one, 12 inch" whose search found one product. The values
 * are the product's option values (with units, in words), its colours (a family word reaching a
 * two-tone "Black/Blue") or sizes, or a measured value it does not list in stock (the shop then
 * refuses it with what is in stock). Questions ("do you have it in red?") stay questions.
 */
import { storedOptionTokens } from '../../catalog/option-values.ts';
import { colorSatisfies } from '../../catalog/search-colors.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { DecideInput } from '../steps/action-types.ts';
import { optionText } from '../steps/actions.ts';
import { namesUnlistedVariant, ownSize, shownByTitleWords } from '../steps/shown-reference.ts';
import { isTerseRequest, namesUnlistedValue } from '../steps/terse-order.ts';
import { normalize } from '../words/text.ts';
import { focusColourPick } from './focus-colour.ts';
import { optionPhrase } from './option-phrase.ts';
import { unlistedOption } from './variant-options.ts';
import { namesWholeVariant } from './whole-variant.ts';

const QUESTION: Record<Language, RegExp> = {
  en: /^(do|does|did|is|are|can|could|would|will|have|has|got|any|which|what|how|where|when|why)\b|\b(do you have|you got|is there|are there)\b/,
  es: /^(tienes|teneis|tiene|tienen|hay|es|son|puede|puedes|cual|que|como|donde|cuando|por que)\b/,
};

/** Words that ask for something to be added, not shown ("I need two", "and a rear one", "dame"). */
const ADD_CUE: Record<Language, RegExp> = {
  en: /^(and|plus|also|ok and|and also)\b|\b(i (also |really |just |then )?(need|want)|i ll (also )?(take|get|grab|want|need)|stock up|i d (also )?(like|love)|i would (like|love)|give me|get me|add|put|throw in|grab)\b|\b(too|as well)\b/,
  es: /^(y|mas|tambien)\b|\b(necesito|me llevo|quiero|dame|ponme|anade|agrega|pon)\b|\btambien$/,
};

/** Superlatives of size or weight, which a product's measured option can answer. */
const SIZE_SORTS = new Set(['biggest', 'smallest', 'heaviest', 'longest_lasting']);

function isQuestion(input: DecideInput): boolean {
  return input.current.user.includes('?') || QUESTION[input.nlu.language].test(input.nlu.text);
}

/** The product's colour the shopper named: its own name, or the one shade of the family said. */
function namesColor(p: ProductInfo, color: string | undefined): boolean {
  if (!color || p.colors.length === 0) return false;
  const said = normalize(color);
  return p.colors.some((c) => normalize(c.color) === said || colorSatisfies(c.color, color));
}

/** What a unit measures: a gallon said of a product measured in fl oz, not of one in inches. */
const DIMENSION: Record<string, string[]> = {
  ml: ['volume'],
  cl: ['volume'],
  l: ['volume'],
  floz: ['volume'],
  gal: ['volume'],
  oz: ['volume', 'mass'],
  mg: ['mass'],
  g: ['mass'],
  kg: ['mass'],
  lb: ['mass'],
  in: ['length'],
  ft: ['length'],
  yd: ['length'],
  mm: ['length'],
  cm: ['length'],
  m: ['length'],
};
const unitOf = (token: string) => /^\d+(?:\.\d+)?([a-z%]+)$/.exec(token)?.[1];
const dimensions = (u: string | undefined) => (u ? (DIMENSION[u] ?? [u]) : []);

/** A measure said that the product does not list, in a unit of what its options measure. */
export function unlistedMeasure(input: DecideInput, p: ProductInfo): boolean {
  const free = unlistedOption(input, p, undefined);
  if (!free || !p.options) return false;
  const measured = new Set(
    p.options.flatMap((o) =>
      o.values.flatMap((v) => storedOptionTokens(o.name, v.value).flatMap((t) => dimensions(unitOf(t)))),
    ),
  );
  return free.split(' ').some((t) => dimensions(unitOf(t)).some((d) => measured.has(d)));
}

/**
 * Words that name a kind of product ("and a rear one", "a wedding band to match") ask for
 * another product, unless they are words of this one's values ("the gold vermeil one").
 */
export function namesOtherKind(input: DecideInput, p: ProductInfo | undefined): boolean {
  const valueWords = new Set(
    (p?.options ?? []).flatMap((o) => o.values.flatMap((v) => storedOptionTokens(o.name, v.value))),
  );
  return (input.nlu.slots.attributes ?? []).some((a) => a.split(/[\s-]+/).some((w) => !valueWords.has(w)));
}

/** What of the product the text names: an option value, a colour or size of it, or a measured value not listed. */
function namesVariant(input: DecideInput, p: ProductInfo, colourOrSize: boolean, kindSaid = false): boolean {
  const s = input.nlu.slots;
  // (After a search by those words, the kind said is the product's own.)
  if (!kindSaid && namesOtherKind(input, p)) return false;
  if (p.options?.length && 'options' in optionPhrase(optionText(input.nlu), p)) return true;
  if (unlistedMeasure(input, p)) return true;
  if (!colourOrSize) return false;
  if (namesColor(p, s.color)) return true;
  return !!ownSize(p, s.size);
}

/**
 * A follow-up that names only variant values of the one product shown (or in focus): that
 * product, in that variant, is wanted. Colours and sizes count for a product shown alone; for
 * the product in focus after a longer list only its option values do ("the gallon jug").
 */
/** "Only in orange", "solo en naranja": the list narrowed, even when it is down to one product. */
const narrowsOnly = (text: string) =>
  /^(only|just|solo|solamente|nomas|unicamente) (in|en)\b/.test(text) && !/\b(one|it|uno|una)\b/.test(text);

export function pickShown(input: DecideInput): string | undefined {
  const { nlu, state } = input;
  const s = nlu.slots;
  if (!['unknown', 'refine', 'confirm', 'search', 'add_to_cart'].includes(nlu.intent)) return undefined;
  if (s.category || s.productNames || s.brand || s.ordinals || s.excludeBrand || s.exclude) return undefined;
  if (narrowsOnly(nlu.text)) return undefined;
  // A search by free words only when they are leftovers ("22 inch, I need two" leaves "inch").
  // "The bigger one, in blue" of the one product in view: a size superlative picks its value of a
  // measured option (valueBySize); over a list of several it ranks the list instead.
  const bySize = !!s.sort && SIZE_SORTS.has(s.sort) && state.lastResults.length <= 1;
  if (isQuestion(input) || (s.sort && !bySize) || s.maxPrice !== undefined || s.minPrice !== undefined)
    return undefined;
  const shown = state.lastResults.length === 1 ? state.lastResults[0] : undefined;
  // The product talked about last (added, asked about) over an older list's one product.
  const p = state.focus ?? shown;
  const known = p && (state.known.get(p.id) ?? p);
  if (known) {
    const alone = shown?.id === known.id || input.previousAdd?.productId === known.id;
    // An add said to the product in focus goes the usual way; only another product is picked here.
    if (namesVariant(input, known, alone)) return nlu.intent === 'add_to_cart' ? undefined : known.id;
  }
  // "Give me the gallon jug" after a question about the foam cannon: the shampoo talked about
  // just before has a gallon. The products talked about latest first, by their option values.
  const earlier = [...(state.recent ?? [])]
    .reverse()
    .filter((id) => id !== known?.id)
    .slice(0, 3)
    .map((id) => state.known.get(id))
    .filter((x): x is ProductInfo => !!x?.options?.length);
  return earlier.find((x) => namesVariant(input, x, false))?.id ?? focusColourPick(input);
}

/**
 * The request as the variant is read from it: what was said now, then the words of the search
 * that showed the product ("floor mats for an SUV" and then "in tan" means the SUV liners in tan).
 */
export function withSearchWords(input: DecideInput, productId: string): DecideInput {
  const q = input.state.lastSearch?.query;
  const shown = input.state.lastResults.length === 1 && input.state.lastResults[0]!.id === productId;
  if (!shown || typeof q !== 'string' || !q.trim()) return input;
  return { ...input, nlu: { ...input.nlu, text: `${input.nlu.text} ${normalize(q)}` } };
}

/**
 * "And a rear one, 12 inch", "y el spray antivaho, el de 8 fl oz": this turn's search found one
 * product and the request asks for it in a variant it names: the add follows the search.
 */
export function pickAfterSearch(input: DecideInput): string | undefined {
  const { nlu, state, current } = input;
  // A look-up of a product just found that came after the search (every value read before a
  // superlative picks one, superlative-read.ts) still follows that search.
  const last = current.calls.findLast(
    (c) => c.name !== 'get_product' || !state.lastResults.some((p) => p.id === c.input.productId),
  );
  if (last?.name !== 'search_products' || last.error) return undefined;
  if (!['search', 'refine'].includes(nlu.intent) || isQuestion(input) || narrowsOnly(nlu.text))
    return undefined;
  const s = nlu.slots;
  // "The forty eight pack of regular lids": one product named by its name is the one asked for,
  // however many related products its search showed beside it.
  const named = s.productNames?.length === 1 ? s.productNames[0]! : undefined;
  // "The polypro hoop, the biggest one": a size superlative of one product named is its size.
  const ownSize = !!named && !!s.sort && SIZE_SORTS.has(s.sort);
  if ((s.sort && !ownSize) || (s.productNames?.length ?? 0) > 1 || s.items) return undefined;
  // A price bound ("a cover for a 16 by 32 pool, under 200") is a shopper comparing, not ordering.
  if (s.maxPrice !== undefined || s.minPrice !== undefined) return undefined;
  const p =
    state.lastResults.length === 1
      ? state.lastResults[0]!
      : named
        ? state.lastResults.find((x) => normalize(x.name) === normalize(named))
        : undefined;
  if (!p) return undefined;
  const known = state.known.get(p.id) ?? p;
  const whole = namesWholeVariant(input, known);
  // An order for a value the card does not list in stock ("y un casco en naranja" when orange is
  // sold out) is tried too: the shop refuses it with what is in stock, instead of the product
  // being shown as if it came in that value.
  // A product named beside others shown needs a value of its own named ("the 48 pack"); an
  // unlisted one could be any of theirs.
  const asks = !!s.quantity || ADD_CUE[nlu.language].test(nlu.text) || isTerseRequest(nlu.text, nlu.language);
  // "A toilet brush in the sage green please": the one product named outright, with a colour or
  // size of its own said, is asked for even when the colour's search showed other products too
  // (the shop refuses a sold-out value with what is in stock).
  const ownValue = !!named && (namesVariant(input, known, true, true) || namesUnlistedValue(input, known));
  // "I'd love a fire club", "and the slip catching cradle": a product named outright that is sold
  // out is tried, so the shop says so with what is in stock, instead of a list that hides it.
  if (named && known.inStock === false && asks) return known.id;
  // "A spare battery, the one that runs longest": a size superlative of the one product named,
  // whose card lists only the values in stock, is its own value, read once every value is
  // (superlative-read.ts), not a ranking of the other products shown.
  if (ownSize && known.options?.partial && asks) return known.id;
  if (state.lastResults.length > 1)
    return whole || (asks && (namesVariant(input, known, false, true) || ownValue)) ? known.id : undefined;
  if (s.quantity || whole || ADD_CUE[nlu.language].test(nlu.text))
    return whole || namesVariant(input, known, true, true) || namesUnlistedValue(input, known)
      ? known.id
      : undefined;
  // A bare "canvas apron, medium" whose value the card does not list in stock is that variant
  // asked for: the shop refuses it with what is in stock. An in-stock one is shown first, as
  // before, so "add it" next adds one (terse-order.ts).
  const unlisted = namesUnlistedValue(input, known) || unlistedMeasure(input, known);
  return isTerseRequest(nlu.text, nlu.language) && unlisted ? known.id : undefined;
}

/**
 * "The ceramic one in green, the big size", "ok, the slope one, in white": a product named that
 * was shown or talked about, with values of its own variants and nothing that asks, browses or
 * bounds a price, is the one chosen to buy (the shop refuses a sold-out variant with what is in
 * stock). Returns its id.
 */
export function choosesNamed(input: DecideInput): string | undefined {
  const { nlu, state } = input;
  const s = nlu.slots;
  if (!['search', 'refine', 'unknown', 'details'].includes(nlu.intent) || isQuestion(input)) return undefined;
  if (s.items || s.sort || s.ordinals) return undefined;
  if (s.maxPrice !== undefined || s.minPrice !== undefined || s.exclude || s.excludeBrand) return undefined;
  if (BROWSE[nlu.language].test(nlu.text) || !PICKS[nlu.language].test(nlu.text)) return undefined;
  // "The carbon one in medium": a word of one shown product's title (shown-reference.ts).
  const byWords = s.productNames?.length ? undefined : shownByTitleWords(input);
  if (byWords)
    return namesVariant(input, byWords, true, true) || namesUnlistedVariant(input, byWords)
      ? byWords.id
      : undefined;
  if (s.productNames?.length !== 1) return undefined;
  const p = [...state.known.values()].find((x) => x.name === s.productNames![0]);
  if (!p) return undefined;
  const seen =
    state.lastResults.some((x) => x.id === p.id) ||
    state.focus?.id === p.id ||
    (state.recent ?? []).includes(p.id);
  if (!seen) return undefined;
  return namesVariant(input, p, true, true) || namesUnlistedVariant(input, p) ? p.id : undefined;
}

/** "The slope one", "la de cerámica", "el de pendiente": one of several picked (not "grey merino socks"). */
const PICKS: Record<Language, RegExp> = {
  en: /\b(one|ones)\b|^((eh|ok|so|then|well|oh|hmm|um|uh) )*(the|that|this)\b/,
  es: /\b(el|la|los|las) de\b|^((eh|bah|vale|pues|bueno|entonces|ah|oh) )*(el|la|los|las|ese|esa)\b/,
};

/** Words that ask to be shown, not to buy ("show me the X in green", "enséñame"). */
const BROWSE: Record<Language, RegExp> = {
  en: /\b(show|see|look|looking|find|search|browse|compare|tell me|what about|how about)\b/,
  es: /\b(muestrame|ensename|ver|busca|buscame|mira|compara|dime|que tal)\b/,
};
