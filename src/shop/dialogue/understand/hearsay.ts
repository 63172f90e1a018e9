/**
 * "I heard Keelhaven has a smart buoy coming, can I order one?", "me dijeron que Hoopwright va a
 * sacar un aro LED, ¿lo puedo pedir?": something the shopper heard a brand has or is bringing out.
 * It is asked for as a search of that brand (and kind, when said): the shop shows what it does
 * sell, and a product not yet on sale (a draft) is never among it. The rumoured thing's words name
 * no product the shop has ("LED" of an LED poi), ask no spec and take nothing out of the cart.
 * Patterns run on normalised text (no accents, no punctuation).
 */
import type { Language } from '../../contract.ts';
import type { Intent } from '../words/lexicon.ts';
import type { Slots } from '../words/slots.ts';

const HEARD: Record<Language, RegExp> = {
  en: /\b(i (?:heard|read|saw)|i ve (?:heard|read|seen)|(?:someone|somebody|people|they|a friend|my \w+)(?: at (?:the |a |my )?\w+)? (?:said|says|told me|tell me|mentioned)|(?:was|been|got) told|apparently|rumou?r)\b/,
  es: /\b(me (?:dijeron|han dicho|ha dicho|dijo|conto|contaron|comentaron)|(?:alguien|un amigo|una amiga|mi \w+)(?: en (?:el |la |mi )?\w+)? (?:dijo|me dijo|comento)|dicen que|oi|escuche|lei|he leido|vi que|he visto que)\b/,
};

/** The shopper tells of something they heard or read ("I heard", "me dijeron que"). */
export function saysHearsay(text: string, lang: Language): boolean {
  return HEARD[lang].test(text);
}

/** Intents a hearsay question about a brand's thing is misread as. */
const MISREAD = new Set<Intent>([
  'spec',
  'remove_from_cart',
  'availability',
  'details',
  'search',
  'unknown',
  'add_to_cart',
]);

/**
 * The intent of a hearsay question about a brand's thing ("search"), the slots narrowed to the
 * brand and kind; undefined when the utterance is none.
 */
export function hearsayOfBrand(
  text: string,
  lang: Language,
  intent: Intent,
  slots: Slots,
): Intent | undefined {
  if (!slots.brand || !MISREAD.has(intent) || !saysHearsay(text, lang)) return undefined;
  for (const k of [
    'productNames',
    'otherNames',
    'attributes',
    'feature',
    'need',
    'query',
    'quantity',
    'reference',
  ] as const)
    delete slots[k];
  return 'search';
}
