/**
 * Several products in one request ("add the carbon poles and the water filter", "dos bastones y
 * una linterna"): the utterance is split at conjunctions, and each part that names its own
 * product becomes one item with its own quantity, size and colour.
 */
import { isUnitWord } from '../../catalog/option-values.ts';
import type { Language } from '../../contract.ts';
import { asNamedColour, asNamedValue, saysOnlyColour, saysOnlyValue } from './multi-values.ts';
import { opensAnOrder } from './order-verbs.ts';
import { productOfOwnWord } from './part-product.ts';
import { countedValue } from './quantity.ts';
import { ADD_VERB, extractCatalogSlots, extractQuantity, type Slots } from './slots.ts';
import { stem } from './text.ts';
import type { CompiledVocabulary } from './vocab.ts';

const CONJUNCTION: Record<Language, RegExp> = {
  en: /^(and|plus|also|as well as|along with|together with)$/,
  es: /^(y|e|mas|tambien|junto con|ademas)$/,
};

export function splitItems(
  tokens: string[],
  vocab: CompiledVocabulary,
  lang: Language,
  skip: Set<number>,
): Slots[] {
  // "And two bags of X plus a Y" goes on adding: a leading conjunction chooses, like a verb.
  // "Give me …", "I'll take …": an order opening adds as "add" does (order-verbs.ts).
  const adding =
    ADD_VERB.test(tokens.join(' ')) ||
    /^(and|plus|also|y|mas|tambien)$/.test(tokens[0] ?? '') ||
    opensAnOrder(tokens, lang);
  const cuts = tokens
    .map((t, i) => (CONJUNCTION[lang].test(t) && !insideName(tokens, i, vocab) ? i : -1))
    .filter((i) => i > 0);
  if (cuts.length === 0) return [];
  const parts: [number, number][] = [];
  let start = 0;
  for (const c of [...cuts, tokens.length]) {
    parts.push([start, c]);
    start = c + 1;
  }
  const items: Slots[] = [];
  // "A 52 and a 56 degree wedge": parts that say only a value are the named product in that value.
  const valueOnly: { at: number; slots: Slots; clause: string[] }[] = [];
  let counted = parts.length;
  for (const [a, b] of parts) {
    const clause = tokens.map((t, i) => (i >= a && i < b ? t : ''));
    const blanks = new Set<number>([...skip, ...clause.flatMap((t, i) => (t ? [] : [i]))]);
    const slots: Slots = {};
    const taken = extractCatalogSlots(clause, vocab, lang, slots, blanks, adding);
    extractQuantity(clause, lang, slots, taken, vocab);
    // "two bread knives": a count opening the part is its quantity.
    const first = clause.findIndex((t) => t !== '' && !/^(the|a|an|el|la|los|las|un|una|unos|unas)$/.test(t));
    const n = Number(clause[first]);
    // ("a 4 oz chai": a number with its unit is a measure, not a count.)
    const measure = isUnitWord(clause[first + 1] ?? '');
    if (
      !slots.quantity &&
      first >= 0 &&
      !taken.has(first) &&
      !measure &&
      !countedValue(clause, first, vocab) &&
      Number.isInteger(n) &&
      n > 1 &&
      n <= 20
    )
      slots.quantity = n;
    // "… plus two of the acrylic in oat": a word only one product's name has names it (part-product.ts).
    const own = slots.productNames?.length ? undefined : productOfOwnWord(clause, taken, vocab, lang);
    if (own && !items.some((x) => x.productNames![0] === own)) slots.productNames = [own];
    if (!slots.productNames?.length) {
      // "Añade también el …": a part with only the verb names nothing and is not an item.
      if (Object.keys(slots).length === 0 && !clause.some((t, i) => t && !taken.has(i) && /\d/.test(t)))
        counted--;
      else if (saysOnlyValue(clause, slots)) valueOnly.push({ at: items.length, slots, clause });
      else if (items.length > 0 && saysOnlyColour(clause, slots)) {
        // "… rojo y uno amarillo": one more of the product just named, in that colour.
        const [first, more] = asNamedColour({ slots, clause }, items.at(-1)!);
        items[items.length - 1] = first;
        items.push(more);
      }
      continue;
    }
    slots.clause = clause.join(' ');
    // The same product in two parts is one name with a conjunction in it ("Salt and Pepper Mill").
    if (items.some((x) => x.productNames![0] === slots.productNames![0])) return [];
    items.push(slots);
  }
  if (valueOnly.length > 0 && items.length > 0) {
    const named = items.map((x) => ({ slots: x, clause: (x.clause ?? '').split(' ') }));
    for (const v of valueOnly.reverse()) {
      // Only before the product it is said of ("a 52 and a 56 degree wedge"); after it ("the
      // vanilla, also in 5 lb") the value is that item's own.
      if (v.at < named.length) items.splice(v.at, 0, asNamedValue(v, named[v.at]!));
      else {
        counted--;
        const last = items.at(-1)!;
        last.clause = `${last.clause ?? ''} ${v.clause.filter(Boolean).join(' ')}`;
      }
    }
  }
  if (items.length !== counted || items.length < 2) return [];
  shareTail(tokens, parts.at(-1)!, items, lang);
  return items;
}

/**
 * "The whistle and light kits", "the mane and tail detangler": a conjunction between two words
 * that stand side by side in a product's name ("Whistle & Light Kit") is part of that name.
 */
function insideName(tokens: string[], i: number, vocab: CompiledVocabulary): boolean {
  const [before, after] = [stem(tokens[i - 1] ?? ''), stem(tokens[i + 1] ?? '')];
  if (!before || !after) return false;
  return vocab.names.some((n) =>
    n.tokens.some((t, k) => stem(t) === before && stem(n.tokens[k + 1] ?? '') === after),
  );
}

/** "Both 77mm", "ivory for both", "los dos de 77mm": said once at the end, meant for every item. */
const SHARED: Record<Language, RegExp> = {
  en: /^(both|each)$/,
  es: /^(ambos|ambas|cada)$|^(los|las) (dos|2)$/,
};

/**
 * What the last part says after "both"/"each" ("a variable ND, both 77mm") goes to every item's
 * words; a colour or size said with "for both" ("ivory for both") to every item without one.
 */
function shareTail(tokens: string[], [a, b]: [number, number], items: Slots[], lang: Language): void {
  const at = tokens.findIndex(
    (t, i) => i >= a && i < b && (SHARED[lang].test(t) || SHARED[lang].test(`${t} ${tokens[i + 1] ?? ''}`)),
  );
  if (at < 0) return;
  const skip = SHARED[lang].test(tokens[at]!) ? 1 : 2;
  const tail = tokens.slice(at + skip, b).filter((t) => !/^(of|them|de|ellos|ellas|uno|una)$/.test(t));
  const last = items.at(-1)!;
  for (const item of items.slice(0, -1)) {
    if (!item.color && last.color) item.color = last.color;
    if (!item.size && last.size) item.size = last.size;
    if (tail.length > 0) item.clause = `${item.clause ?? ''} ${tail.join(' ')}`;
  }
}
