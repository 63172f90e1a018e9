/**
 * Which reading of a Spanish utterance to act on: the Spanish parse, or the English parse of its
 * translation (second-reading.ts). Not only when the Spanish one leads nowhere: a Spanish parse may
 * place an utterance and still miss most of it ("quiero un reloj para bucear" read as any watch).
 * The reading that grounds more of the request in the shop (catalog words matched, slots filled)
 * is the one acted on; on a tie the Spanish one stays. Pure.
 */
import type { Understanding } from './nlu.ts';

/** Slots that tie a request to the shop: catalog words, values, places in a list, codes. */
const GROUNDED = [
  'category',
  'brand',
  'productNames',
  'color',
  'size',
  'attributes',
  'ordinals',
  'sort',
  'promoCode',
  'orderId',
  'measure',
  'amount',
  'maxPrice',
  'minPrice',
  'exclude',
  'excludeBrand',
  'excludeColor',
  'items',
] as const;

/** The grounded slots a reading filled. */
export function groundedSlots(u: Understanding): Set<string> {
  const s = u.slots as Record<string, unknown>;
  return new Set(GROUNDED.filter((k) => s[k] !== undefined));
}

/**
 * The English reading is better when the Spanish one understood no request and it does, or when
 * both ask the same thing and the English one grounds strictly more (everything the Spanish one
 * grounded, and more).
 */
export function englishReadsMore(spanish: Understanding, english: Understanding): boolean {
  if (english.intent === 'unknown') return false;
  if (spanish.intent === 'unknown') return true;
  if (spanish.intent !== english.intent) return false;
  const es = groundedSlots(spanish);
  const en = groundedSlots(english);
  return en.size > es.size && [...es].every((k) => en.has(k));
}
