/**
 * Reference resolution: which product or cart line "the second one", "the red one", "the cheaper
 * one", "it" or a (mis)spoken product name points at, given the dialogue state.
 */
import { colorMatchForms } from '../../catalog/lexicon.ts';
import { englishForms } from '../../catalog/retail-vocabulary.ts';
import { bestColors, colorFamilies } from '../../catalog/search-colors.ts';
import { sizeKey, sizeParts } from '../../products/variant-match.ts';
import type { CartInfo, CartLineInfo, ProductInfo } from '../results.ts';
import type { DialogueState } from '../state.ts';
import type { Slots } from '../understand/nlu.ts';
import { COLOR_FAMILIES } from '../words/lexicon.ts';
import { normalize, stem } from '../words/text.ts';

function pick<T>(list: T[], ordinal: number): T | undefined {
  return ordinal === -1 ? list.at(-1) : list[ordinal - 1];
}

function sameName(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

function hasColor(p: { colors?: { color: string }[]; color?: string }, color: string): boolean {
  const c = normalize(color);
  if ('color' in p && p.color) return normalize(p.color) === c;
  return (p.colors ?? []).some((x) => normalize(x.color) === c);
}

export type Resolution = { product: ProductInfo } | { ambiguous: ProductInfo[] } | { none: true };

/** One product for details / add / availability / save. */
export function resolveProduct(slots: Slots, state: DialogueState): Resolution {
  const results = state.lastResults;
  if (slots.ordinals?.length) {
    const p = pick(results, slots.ordinals[0]!);
    return p ? { product: p } : { none: true };
  }
  if (slots.productNames?.length) {
    const known = [...state.known.values()];
    for (const name of slots.productNames) {
      const hit = results.find((p) => sameName(p.name, name)) ?? known.find((p) => sameName(p.name, name));
      if (hit) return { product: hit };
    }
    return { none: true };
  }
  if (slots.reference === 'cheapest' || slots.reference === 'priciest') {
    const priced = results.filter((p) => p.price !== undefined).sort((a, b) => a.price! - b.price!);
    const p = slots.reference === 'cheapest' ? priced[0] : priced.at(-1);
    if (p) return { product: p };
  }
  // "the red one": a colour among several results picks the one that comes in it.
  if (slots.color && results.length > 1 && slots.reference !== 'anaphora') {
    const withColor = results.filter((p) => hasColor(p, slots.color!));
    if (withColor.length === 1) return { product: withColor[0]! };
  }
  // "¿Los tiene en talla 3Y?": a size only one of several results comes in picks it (what every
  // tool said of a product counts, its sold-out sizes too); "los" then means the list, when no
  // product is in focus.
  if (slots.size && results.length > 1 && (slots.reference !== 'anaphora' || !state.focus)) {
    const size = normalize(slots.size);
    const withSize = results.filter((p) =>
      (state.known.get(p.id) ?? p).sizes.some((x) => normalize(x.size) === size),
    );
    if (withSize.length === 1) return { product: withSize[0]! };
  }
  if (slots.brand && results.length > 1) {
    const withBrand = results.filter((p) => p.brand && normalize(p.brand) === normalize(slots.brand!));
    if (withBrand.length === 1) return { product: withBrand[0]! };
  }
  if (state.focus) return { product: state.focus };
  if (results.length === 1) return { product: results[0]! };
  if (results.length > 1) return { ambiguous: results.slice(0, 3) };
  return { none: true };
}

/** Several products for compare: ordinals, names, or the first results. */
export function resolveMany(slots: Slots, state: DialogueState): ProductInfo[] {
  const results = state.lastResults;
  const out: ProductInfo[] = [];
  for (const o of slots.ordinals ?? []) {
    const p = pick(results, o);
    if (p) out.push(p);
  }
  const known = [...state.known.values()];
  for (const name of [...(slots.productNames ?? []), ...(slots.otherNames ?? [])]) {
    const p = results.find((x) => sameName(x.name, name)) ?? known.find((x) => sameName(x.name, name));
    if (p) out.push(p);
  }
  // Products named but not on screen are looked up first; never compare other products instead.
  if (out.length === 0 && slots.productNames?.length) return [];
  if (out.length === 0) {
    if (slots.reference === 'cheapest' || slots.reference === 'priciest') return results.slice(0, 2);
    out.push(...results.slice(0, 3));
  } else if (out.length === 1 && state.focus && state.focus.id !== out[0]!.id) out.unshift(state.focus);
  return [...new Map(out.map((p) => [p.id, p])).values()];
}

/** The cart line a remove / quantity change is about. */
export function resolveLine(
  slots: Slots,
  cart: CartInfo,
  state: DialogueState,
): CartLineInfo | CartLineInfo[] | undefined {
  const items = cart.items;
  if (items.length === 0) return undefined;
  if (slots.ordinals?.length) return pick(items, slots.ordinals[0]!);
  if (slots.productNames?.length) {
    const hits = items.filter((l) => slots.productNames!.some((n) => sameName(n, l.name)));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return filterVariant(hits, slots) ?? hits;
    // A product was named that is not in the cart: never fall back to another line, unless one
    // line has every word said (a name read loosely: "sunflower seed" heard as the Safflower Seed).
    const said = slots.query ? normalize(slots.query).split(' ').map(stem) : [];
    const whole = items.filter((l) => {
      const own = new Set(normalize(l.name).split(' ').map(stem));
      return said.length > 0 && said.every((w) => own.has(w));
    });
    return whole.length === 1 ? whole[0] : undefined;
  }
  const words = [slots.category, slots.brand]
    .filter((x): x is string => !!x)
    .flatMap((x) => normalize(x).split(' ').map(stem));
  if (words.length) {
    const hits = items.filter((l) =>
      normalize(l.name)
        .split(' ')
        .map(stem)
        .some((w) => words.includes(w)),
    );
    // "The floor lamp" with only a table lamp in the cart: a product seen has every word, the
    // line not: that product is meant, and it is not in the cart.
    if (hits.length === 1) return betterElsewhere(hits[0]!, words, items, state) ? undefined : hits[0];
    if (hits.length === 0 && !slots.color && !slots.size) return undefined;
    // "The floor lamp" with a table lamp and a floor lamp in the cart: the line with most of the words.
    const best = hits.length > 1 && !slots.color && !slots.size ? mostWords(hits, words) : undefined;
    if (best) return best;
  }
  if (slots.color || slots.size) {
    const v = filterVariant(items, slots);
    if (v) return v;
  }
  // Free words that fit exactly one line's name ("quita los bastones" → "… Trekking Poles").
  // The line with the most of them when several share one ("rear lights": the rear light, not the front one).
  if (slots.query) {
    const said = normalize(slots.query).split(' ').map(stem);
    const best = mostWords(items, said);
    if (best) return best;
    // "Take the gravel out" with two colours of that gravel in the cart: every line of the one
    // product its words name (the caller removes them all, or asks which).
    const same = oneProductLines(items, said);
    if (same) return same;
    // "Take the kettle out" when only the press is in the cart: a word of a product seen, in no
    // line, names something not in the cart; never fall back to another line.
    const seen = new Set([...state.known.values()].flatMap((p) => normalize(p.name).split(' ').map(stem)));
    if (said.some((w) => w.length > 2 && seen.has(w))) return undefined;
  }
  // Words of some catalog product's name that no line has: that product is not in the cart.
  if (slots.queryNamed?.length) {
    const own = new Set(items.flatMap((l) => normalize(l.name).split(' ').map(stem)));
    if (!slots.queryNamed.some((w) => own.has(w))) return undefined;
  }
  if (items.length === 1) return items[0];
  if (state.focus) {
    const hits = items.filter((l) => l.productId === state.focus!.id || sameName(l.name, state.focus!.name));
    if (hits.length === 1) return hits[0];
  }
  return items;
}

function betterElsewhere(
  line: CartLineInfo,
  said: string[],
  items: CartLineInfo[],
  state: DialogueState,
): boolean {
  const words = (name: string) => new Set(normalize(name).split(' ').map(stem));
  const own = words(line.name);
  if (said.every((w) => own.has(w))) return false;
  const inCart = new Set(items.map((l) => l.productId ?? normalize(l.name)));
  return [...state.known.values()].some((p) => {
    if (inCart.has(p.id) || inCart.has(normalize(p.name))) return false;
    const theirs = words(p.name);
    return said.every((w) => theirs.has(w));
  });
}

/** Lines that all hold the same product and have every word said in its name, when two or more. */
function oneProductLines(lines: CartLineInfo[], said: string[]): CartLineInfo[] | undefined {
  const words = said.filter((w) => w.length > 2);
  if (words.length === 0) return undefined;
  const hits = lines.filter((l) => {
    const own = new Set(normalize(l.name).split(' ').map(stem));
    return words.every((w) => own.has(w));
  });
  if (hits.length < 2 || hits.some((l) => l.name !== hits[0]!.name)) return undefined;
  return hits;
}

function mostWords(lines: CartLineInfo[], said: string[]): CartLineInfo | undefined {
  const scored = lines.map((l) => {
    const own = new Set(normalize(l.name).split(' ').map(stem));
    return { l, n: said.filter((w) => own.has(w)).length };
  });
  const top = Math.max(0, ...scored.map((x) => x.n));
  const hits = scored.filter((x) => x.n === top);
  return top > 0 && hits.length === 1 ? hits[0]!.l : undefined;
}

function filterVariant(lines: CartLineInfo[], slots: Slots): CartLineInfo | undefined {
  const hits = lines.filter(
    (l) =>
      (!slots.color || (l.color && hasColor(l, slots.color))) &&
      (!slots.size || (l.size && normalize(l.size) === normalize(slots.size))),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** A size label of the product equal to what was said ("9", "m", "medium" → "M"). */
export function matchSize(
  product: ProductInfo,
  said: string | undefined,
  numbers: number[] = [],
): string | undefined {
  const candidates = [said, ...numbers.map(String)].filter((x): x is string => !!x);
  for (const c of candidates) {
    const hit = product.sizes.find(
      (s) => normalize(s.size).replace(/\s+/g, '') === normalize(c).replace(/\s+/g, ''),
    );
    if (hit) return hit.size;
  }
  // "In an 18" for sizes measured in a unit ("18 in", "6 mm"): the one size that is that number.
  for (const n of numbers) {
    const hits = product.sizes.filter((x) => isNumberWithUnit(x.size, String(n)));
    if (hits.length === 1) return hits[0]!.size;
  }
  // "Size 8" for sizes named by their system ("US 8", "EU 42", "UK 7"): the one size with that figure.
  for (const c of candidates.filter((x) => /^\d+(\.\d+)?$/.test(x))) {
    const hits = product.sizes.filter((x) => isSystemAndNumber(x.size, c));
    if (hits.length === 1) return hits[0]!.size;
  }
  // Catalogs join sizes one item fits ("King/California King", "S/M", "Full/Queen"): "king" or
  // "small" names the one size that has it as a part.
  if (said) {
    const want = sizeKey(said);
    const parts = product.sizes.filter((x) => x.size.includes('/') && sizeParts(x.size).includes(want));
    if (parts.length === 1) return parts[0]!.size;
  }
  return undefined;
}

/** Whether a size is a short system name and the number said only ("US 8" for "8"). */
function isSystemAndNumber(value: string, number: string): boolean {
  return new RegExp(`^[a-z]{1,6} ?${number.replace('.', '\\.')}$`).test(normalize(value));
}

/** Whether a size or option value is the number said and a short unit only ("56 cm" for "56"). */
export function isNumberWithUnit(value: string, number: string): boolean {
  return new RegExp(`^${number.replace('.', '\\.')}\\s*[a-z"']{1,3}\\.?$`).test(normalize(value));
}

export function matchColor(product: ProductInfo, said: string | undefined): string | undefined {
  if (!said) return undefined;
  const exact = product.colors.find((c) => normalize(c.color) === normalize(said));
  if (exact) return exact.color;
  // The catalog's shade by its name in the other language ("turquesa" → "Teal", "pizarra" → "Slate").
  const named = product.colors.filter(
    (c) =>
      colorMatchForms(c.color).includes(normalize(said)) || englishForms(said).includes(normalize(c.color)),
  );
  if (named.length === 1) return named[0]!.color;
  // The catalog may name colours in another language than the shopper ("Rojo" said, "Red" stored).
  const family = COLOR_FAMILIES.find((f) => f.includes(normalize(said)));
  const same = family ? product.colors.filter((c) => family.includes(normalize(c.color))) : [];
  if (same.length === 1) return same[0]!.color;
  // Or by a shade of the basic colour said ("green" → "Sage"), when the product has one such shade
  // (of the family itself first, then one also called by it: "beige" → "Stone").
  const shades = bestColors(
    product.colors.map((c) => c.color),
    said,
  );
  if (shades.length === 1) return shades[0];
  // A shade said by another name ("navy" for "Midnight Blue"): the product's one colour of the
  // family that shade belongs to. Choosing a variant of one product, not filtering a search.
  const families = colorFamilies(said);
  const kin = families.length
    ? product.colors.filter((c) => colorFamilies(c.color).some((f) => families.includes(f)))
    : [];
  return kin.length === 1 ? kin[0]!.color : undefined;
}
