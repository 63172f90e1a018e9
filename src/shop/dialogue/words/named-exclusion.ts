/**
 * Leaving out one product by its name: "leave out the bathroom descaler", "not the apple peeler,
 * our counters are tile", "sin el pelador", "el antical de baño no me lo enseñes", "la de
 * trinquete no, me gusta sentir la escota". The named product becomes the search's exclusion (its
 * whole title, so only it is left out) instead of the thing searched for: what stays is the list
 * shown before, kind and price bound kept. Runs on normalised tokens (no accents, no punctuation).
 */
import type { Language } from '../../contract.ts';
import type { Slots } from './slots.ts';
import { normalize, stem } from './text.ts';
import type { CompiledVocabulary } from './vocab.ts';

/**
 * Words of leaving out said before the name ("leave out the", "sin el"). Not the verbs that take a
 * line out of the cart too ("drop the cap", "quítame la gorra"): those stay removals.
 */
const BEFORE: Record<Language, RegExp> = {
  en: /^(not|except|minus|leave out|exclude|rule out|other than|apart from|but not)$/,
  es: /^(no|sin|excepto|salvo|descarta|excluye)$/,
};

/** A cart line taken out ("I'll skip the tape, take it out", "quita los recambios"): no search. */
const CART: Record<Language, RegExp> = {
  en: /\b(take (?:it|them|that|those|this) out|remove|delete|cart|basket|trolley|bag it|order)\b/,
  es: /\b(quita\w*|saca\w*|elimina\w*|borra\w*|carrito|cesta|pedido)\b/,
};

/** Articles and "the one of" between the negation and the name. */
const BETWEEN = /^(the|a|an|that|this|el|la|los|las|lo|de|del|ese|esa|esos|esas|one)$/;

/**
 * Spanish "X no …": the negation after the name leaves it out unless a verb follows that asks
 * about it ("¿el pelador no sirve para peras?").
 */
const ASKS_AFTER =
  /^(tiene|tienen|es|son|viene|vienen|sirve|sirven|funciona|funcionan|lleva|llevan|trae|traen|incluye|incluyen|hay|esta|estan|cabe|caben|va|van|puede|pueden|se|le|les)$/;

function negatedBefore(tokens: readonly string[], start: number, lang: Language): boolean {
  let k = start - 1;
  // Spanish may say the thing by its own word before the catalog's ("sin el pelador de apple").
  let own = lang === 'es' ? 1 : 0;
  while (k >= 0 && (BETWEEN.test(tokens[k]!) || (own > 0 && !BEFORE[lang].test(tokens[k]!) && own--))) k--;
  if (k < 0 || k < start - 5) return false;
  const one = tokens[k]!;
  const two = k > 0 ? `${tokens[k - 1]} ${one}` : '';
  return BEFORE[lang].test(one) || BEFORE[lang].test(two);
}

function negatedAfter(tokens: readonly string[], end: number): boolean {
  if (tokens[end] !== 'no') return false;
  const next = tokens[end + 1];
  return (
    next === undefined ||
    !ASKS_AFTER.test(next) ||
    /^(me|te) (lo|la|los|las)$/.test(`${next} ${tokens[end + 2]}`)
  );
}

/**
 * Turns the one product named into `slots.exclude` when a negation is said right before its name
 * (or, in Spanish, a "no" right after it). True when it did.
 */
export function excludeNamedProduct(
  tokens: readonly string[],
  vocab: CompiledVocabulary,
  lang: Language,
  slots: Slots,
): boolean {
  if (slots.productNames?.length !== 1 || slots.exclude || slots.excludeBrand || slots.excludeColor)
    return false;
  if (CART[lang].test(tokens.join(' '))) return false;
  const name = slots.productNames[0]!;
  const title = new Set(
    (vocab.names.find((n) => n.name === name)?.tokens ?? normalize(name).split(' ')).map(stem),
  );
  const at = tokens.map((w, i) => (title.has(stem(w)) ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return false;
  const start = at[0]!;
  const end = at.at(-1)! + 1;
  if (!negatedBefore(tokens, start, lang) && !(lang === 'es' && negatedAfter(tokens, end))) return false;
  slots.exclude = normalize(name);
  delete slots.productNames;
  delete slots.otherNames;
  // The kind its title says ("pruner" of "the ratchet pruner") is the product's, not a new search;
  // every word of the title counts here, short ones too ("can" of "Cottage Can").
  const whole = new Set(normalize(name).split(' ').map(stem));
  const said = (v: string | undefined) =>
    !!v &&
    normalize(v)
      .split(' ')
      .every((w) => whole.has(stem(w)));
  // "The cottage can" of Watering Cans: the kind's head word in the title is enough.
  const head = normalize(slots.category ?? '')
    .split(' ')
    .at(-1);
  if (said(slots.category) || (head && whole.has(stem(head)))) delete slots.category;
  if (slots.attributes) {
    slots.attributes = slots.attributes.filter((a) => !said(a));
    if (slots.attributes.length === 0) delete slots.attributes;
  }
  return true;
}
