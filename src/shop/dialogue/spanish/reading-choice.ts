/**
 * Which reading of a Spanish utterance to act on: the Spanish parse, or the English parse of its
 * translation (second-reading.ts). Not only when the Spanish one leads nowhere: a Spanish parse may
 * place an utterance and still miss part of it ("quiero un reloj para bucear" read as any watch).
 * The reading that grounds more of the request in the shop's own words is acted on; on a tie the
 * Spanish one stays. Pure.
 */
import type { Understanding } from '../understand/nlu.ts';
import { normalize, stem } from '../words/text.ts';

/** Slots whose values are the catalog's words: each distinct word counts. */
const WORDED = [
  'category',
  'brand',
  'color',
  'size',
  'attributes',
  'exclude',
  'excludeBrand',
  'excludeColor',
];
/** Slots that count once when filled: bounds, ranks, places in a list, codes. */
const KEYED = ['ordinals', 'sort', 'promoCode', 'orderId', 'maxPrice', 'minPrice'];
/**
 * Requests about the shop's products, where grounding decides. Others (policy, checkout, cart
 * read-back) are the same request whatever catalog words they carry.
 */
const CATALOG_INTENTS = new Set([
  'search',
  'refine',
  'add_to_cart',
  'remove_from_cart',
  'update_quantity',
  'save_item',
  'details',
  'availability',
  'spec',
  'compare',
]);

/**
 * What a reading grounds: the distinct catalog words of its slot values, and the keyed slots it
 * filled. Product names are left out: the translator keeps the catalog's names as they were said,
 * so a name only the English reading finds comes from a translated word's fuzzy likeness.
 */
export function groundedOf(u: Understanding): Set<string> {
  const s = u.slots as Record<string, unknown>;
  const out = new Set<string>();
  for (const k of WORDED) {
    const v = s[k];
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v])
      for (const w of normalize(String(value)).split(' ')) if (w) out.add(`${k}:${stem(w)}`);
  }
  for (const k of KEYED) if (s[k] !== undefined) out.add(k);
  return out;
}

/**
 * The English reading is better when the Spanish one understood no request and it does, or when
 * both ask the shop the same thing and the English one grounds everything the Spanish one did and
 * more of the shop's words.
 */
export function englishReadsMore(spanish: Understanding, english: Understanding): boolean {
  if (english.intent === 'unknown') return false;
  // A superlative is read from the Spanish as said ("la más ligera"); the translation may garble it
  // into a tag ("the more lightweight") and search every light product instead of ranking.
  if (spanish.slots.sort && !english.slots.sort) return false;
  if (spanish.intent === 'unknown') return true;
  if (spanish.intent !== english.intent || !CATALOG_INTENTS.has(spanish.intent)) return false;
  // What a question asks ("how long", "how heavy") comes from its question words, which the
  // translator garbles ("¿cuánto dura?" → "how much hard"): a reading that asks something else
  // is another question, not a better reading of this one.
  if (english.slots.amount !== spanish.slots.amount || english.slots.measure !== spanish.slots.measure)
    return false;
  const es = groundedOf(spanish);
  const en = groundedOf(english);
  const words = (g: Set<string>) => new Set([...g].map((x) => x.split(':').at(-1)));
  const esWords = words(es);
  const enWords = words(en);
  // Everything the Spanish reading placed is placed too (a word may move to another slot:
  // "green tea" the attribute or "green" the colour), and more is.
  // The words only the English reading places count when the translation says them, not when a
  // translated word is only like one ("in which colours comes" does not say the "cones").
  const said = new Set(normalize(english.text).split(' ').map(stem));
  const more = [...en].filter((k) => {
    const w = k.split(':').at(-1)!;
    return !esWords.has(w) && (!k.includes(':') || said.has(w));
  });
  return [...esWords].every((w) => enWords.has(w)) && more.length > 0;
}
