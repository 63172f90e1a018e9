/**
 * The part of a question that is its own asked fact, beyond the words it shares with the shop's
 * pages: whom a discount is for ("a discount for veterans"), what the shopper would pay with
 * ("can I pay with PayPal"). A page about the shop's sibling discount, or its card payments,
 * shares every other word of such a question and still does not answer it: only a passage naming
 * the qualifier does. English and Spanish (and a Spanish question's machine English). Pure.
 */
import { fold } from './terms.ts';

/** Where the qualifier ends: a condition, a place, a time or the next clause. */
const END =
  /\b(?:if|when|because|that|which|who|where|and|or|on|at|in|to|from|per|each|every|si|cuando|porque|que|donde|y|o|en|a|de|desde|por)\b/;

/** Qualifiers longer than this are a clause, not a name ("for the second one I bring along"). */
const MAX_WORDS = 3;

/**
 * Whom a discount is asked for: "discount for music teachers", "deal for seniors", "descuento
 * para militares". Not a purchase's condition ("a discount for buying two": a verb, it is a
 * condition the discount page states in its own words) nor a figure ("10% off for 3 kids").
 */
const AUDIENCE =
  /\b(?:discounts?|deals?|special (?:price|rate)s?|reduced (?:price|rate)s?|descuentos?|rebajas?|ofertas?|precio especial|tarifa especial)\s+(?:available\s+)?(?:for|to|para|a)\s+(?:the\s+|los\s+|las\s+)?(.+)$/;
/**
 * What one would pay with: "pay with PayPal", "pay the fee by check", "accept Apple Pay",
 * "¿aceptan pagos con bitcoin?", "¿puedo pagar con cheque?".
 */
const PAY_WITH =
  /\b(?:pay|paying|payment|payments|pagar|pago|pagos)\b(?:\s+\S+){0,4}?\s+(?:with|by|using|via|through|con|mediante)\s+(?:a\s+|an\s+|un\s+|una\s+)?(.+)$/;
/** …or would have the shop accept: "do you accept Apple Pay" (not returns or trade-ins). */
const ACCEPT =
  /\b(?:accept|aceptan|aceptais|acepta|admiten)\s+(?!returns?\b|exchanges?\b|trade|devoluciones|cambios)(.+)$/;

/** Words that say nothing of who or what ("my", "our", "any"). */
const FILLER = /^(?:my|our|your|a|an|the|any|some|mi|mis|nuestro|nuestros|un|una|unos|unas|algun|alguna)\s+/;

function phrase(rest: string | undefined): string | undefined {
  let p = rest?.split(END)[0]?.trim();
  if (!p) return undefined;
  while (FILLER.test(p)) p = p.replace(FILLER, '');
  // A figure or a verb's -ing form is a condition of the offer, not whom or what it is for.
  if (/^\d|^\S+ing\b/.test(p)) return undefined;
  const words = p.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_WORDS ? words.join(' ') : undefined;
}

/** The qualifier a passage must name to answer the question, or undefined when none is asked. */
export function askedQualifier(question: string): string | undefined {
  const q = fold(question)
    .replace(/[¿?¡!.,;:']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const audience = AUDIENCE.exec(q);
  if (audience) return phrase(audience[1]);
  const means = PAY_WITH.exec(q) ?? ACCEPT.exec(q);
  return means ? phrase(means[1]) : undefined;
}

/**
 * "How much do the junior goggles cost", "what does a felt hat cost", "¿cuánto cuestan las gafas
 * graduadas?": the price of a named thing is asked. Not "how much notice", "how much of what I
 * paid" or "how much room": those ask no price.
 */
const PRICE_OF =
  /^(?:(?:and|so|also|y|pero|oye) )?(?:how much (?:is|are|does|do|will|would|for|costs?)|what (?:does|do|will|would)|what(?: s| is) the (?:price|cost) of|cuanto (?:cuesta|cuestan|vale|valen|sale|salen))\s+(?:a\s+|an\s+|the\s+|one\s+|el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?(.+?)(?:\s+(?:cost|costs|run|go for))?$/;
/** A price asked of "it", "that" or "one" names nothing. */
const NOTHING = /^(?:it|that|this|they|them|one|those|these|you|u|i|we|he|she|eso|esto)\b/;

/**
 * The thing whose price is asked (a passage holding a price must name it) and its head word, the
 * one naming what it is ("goggles" of "junior goggles", "gafas" of "gafas graduadas"), or
 * undefined.
 */
export function askedPriceOf(question: string): { thing: string; head: string } | undefined {
  const q = fold(question)
    .replace(/[¿?¡!.,;:']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = PRICE_OF.exec(q);
  if (!m?.[1] || NOTHING.test(m[1])) return undefined;
  // "What does it cost", "what do you charge": the verb after "what does" must be "cost".
  if (/^what /.test(q) && !/\bcost$/.test(q)) return undefined;
  // "How much does the grand weigh" asks a measure; "¿cuánto cuesta afinar…?" a service's price.
  if (/\bweighs?\b/.test(q) || /^\S+(?:ar|er|ir)\b/.test(m[1])) return undefined;
  const thing = phrase(m[1].replace(/\s+(?:cost|costs)$/, ''));
  if (!thing) return undefined;
  // English puts the head noun last, Spanish first.
  const words = thing.split(' ');
  return { thing, head: (/^cuanto /.test(q) ? words[0] : words.at(-1))! };
}
