/**
 * Counts and ratings in a request: "two of the 16 oz ones", "dos bolsas", "just one", "5 stars".
 * Split from slots.ts, which reads the catalog words.
 */

import { isUnitWord } from '../../catalog/option-values.ts';
import type { Language } from '../../contract.ts';
import { QUANTITY_UNITS } from './lexicon.ts';
import { normalize, stem } from './text.ts';
import { UNIT_WORDS } from './units.ts';
import type { CompiledVocabulary } from './vocab.ts';

/** The slots these readers fill or look at (a part of slots.ts's Slots, kept here so the two files import one way). */
interface CountSlots {
  quantity?: number;
  quantityAt?: number;
  productNames?: string[];
  rating?: number;
  comment?: string;
}

/** Things bought by the piece that hold a measure ("bags", "bottles", "bolsas"). */
const CONTAINER =
  /^(bags|boxes|bottles|packs|packets|cans|jars|tins|pouches|tubes|cartons|rolls|bolsas|cajas|botellas|paquetes|latas|tarros|botes|tubos|rollos)$/;

/** What a count counts, said right after it or one word later: "two single sets", "dos bolsas pequeñas". */
const COUNTED_AFTER =
  /^(sets|pairs|bags|boxes|bottles|packs|packets|cans|jars|tins|pouches|tubes|cartons|rolls|units|pieces|juegos|pares|bolsas|cajas|botellas|paquetes|latas|tarros|botes|tubos|rollos|unidades|piezas)$/;

export function extractQuantity(
  tokens: string[],
  lang: Language,
  slots: CountSlots,
  taken: Set<number>,
  vocab: CompiledVocabulary,
): void {
  const units = QUANTITY_UNITS[lang];
  const catWords = new Set(vocab.categories.flatMap((c) => c.tokens.map(stem)));
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || !/^\d+$/.test(tokens[i]!) || inMixedFraction(tokens, i)) continue;
    const v = Number(tokens[i]);
    const next = tokens[i + 1] ?? '';
    const prev = tokens[i - 1] ?? '';
    // "A set of 10-46 strings": the second figure of a range (read "10 46") is no count.
    if (/^\d+(\.\d+)?$/.test(prev)) continue;
    // "There's only two of us", "for the four of you": a count of people, not of the product.
    if (ofPeople(tokens, i)) continue;
    // "The five ball one" where a set comes in "5 Balls": the figure is that value, not a count.
    if (countedValue(tokens, i, vocab)) continue;
    const prev2 = tokens.slice(Math.max(0, i - 2), i).join(' ');
    // "A 4 amp hour battery", "the 3 pack", "a 50 foot one", "la de 20 pies": a measure, not a
    // count. A measure before its noun is singular or follows an article; "añade 2 cuerdas"
    // ("add 2 strings") counts strings even though "string" is also a unit ("a 12 string guitar").
    const measure =
      isUnitWord(next) &&
      !units.test(next) &&
      (!/s$/.test(next) || /^(a|an|the|el|la|los|las|un|una|de|of)$/.test(prev));
    // "Two pound bags", "three litre bottles": a count of containers, each of one unit.
    const containers = measure && CONTAINER.test(tokens[i + 2] ?? '') && !/s$/.test(next);
    if ((measure && !containers) || (next === 'pack' && v > 1)) continue;
    const isQty =
      containers ||
      units.test(next) ||
      catWords.has(stem(next)) ||
      /^(quantity|cantidad|add|anade|agrega|pon|ponme|dame|want|take|get|need|quiero|necesito|llevo)$/.test(
        prev,
      ) ||
      /^(make it|make that|change it to|set it to|change to|it to|that to|que sean|mejor|solo|only)$/.test(
        prev2,
      ) ||
      /^(to|just|only|solo)$/.test(prev) ||
      // Spanish "cámbialo a 2" counts; English "a 17", "an 8" is one thing of that size or model.
      (prev === 'a' && lang === 'es') ||
      /^(another|otro|otra|more|mas)$/.test(next) ||
      // "Two single sets", "two small bags", "dos bolsas pequeñas", "dos juegos sueltos": a count
      // with one word between it and what it counts (sets, bags, pairs…).
      (/^\p{L}+$/u.test(next) && COUNTED_AFTER.test(tokens[i + 2] ?? '')) ||
      (COUNTED_AFTER.test(next) && /^\p{L}+$/u.test(tokens[i + 2] ?? '')) ||
      // "Two 128 gig ones": a count right before a measure.
      (/^\d+(\.\d+)?$/.test(next) && isUnitWord(tokens[i + 2] ?? '')) ||
      // "ok two AeroFlex in 22", "y dos Kochere": a count opening the request before a name's word.
      (taken.has(i + 1) &&
        /^\p{L}/u.test(next) &&
        (i === 0 || /^(ok|okay|and|plus|also|so|then|just|y|vale|pues|entonces|tambien|solo)$/.test(prev)));
    if (isQty && v > 0 && v < 100) {
      slots.quantity = v;
      slots.quantityAt = i;
      taken.add(i);
      return;
    }
  }
  if (/\b(another|one more|otro|otra|uno mas|una mas)\b/.test(tokens.join(' '))) slots.quantity = 1;
  // "Plus one Kochere", "y una de 32": "one" right after a conjunction or a buying verb counts one.
  const one = tokens.findIndex(
    (t, k) =>
      /^(one|un|una|uno)$/.test(t) &&
      !taken.has(k) &&
      /^(plus|and|also|add|take|get|want|need|just|only|y|mas|tambien|anade|agrega|dame|quiero|llevo|solo)$/.test(
        tokens[k - 1] ?? '',
      ) &&
      // ("one in 32": "in" is the preposition here, not inches)
      (tokens[k + 1] === 'in' || !isUnitWord(tokens[k + 1] ?? '')) &&
      !/^(more|mas)$/.test(tokens[k + 1] ?? ''),
  );
  if (slots.quantity === undefined && one >= 0) {
    slots.quantity = 1;
    slots.quantityAt = one;
  }
  // "Dos protectores de pantalla …": a count opening the request is its quantity, even when a
  // title holds the same number ("2-Pack").
  const first = tokens.findIndex((t) => t !== '' && !/^(and|y|also|tambien)$/.test(t));
  const n = Number(tokens[first]);
  const next = tokens[first + 1] ?? '';
  if (
    slots.quantity === undefined &&
    Number.isInteger(n) &&
    n > 1 &&
    n <= 20 &&
    (catWords.has(stem(next)) ||
      (!!slots.productNames?.length && /^[a-z]{3,}$/.test(next) && !UNIT_WORDS[next])) &&
    !/^(then|please|entonces|por)$/.test(next)
  ) {
    slots.quantity = n;
    slots.quantityAt = first;
  }
  // "A couple of the kits", "un par de botes": two.
  const couple = tokens.findIndex(
    (t, k) =>
      (t === 'couple' && tokens[k - 1] === 'a') ||
      (t === 'par' && tokens[k - 1] === 'un' && tokens[k + 1] === 'de'),
  );
  if (slots.quantity === undefined && couple >= 0) {
    slots.quantity = 2;
    slots.quantityAt = couple;
    taken.add(couple);
  }
  // "Change the chocolate one to just one", "cambia la de chocolate a una".
  if (/\b(to|a) (just |only |solo )?(one|una|uno)$/.test(tokens.join(' '))) slots.quantity = 1;
  if (/\b(only (want|need)|solo (quiero|necesito)) (one|uno|una)\b/.test(tokens.join(' ')))
    slots.quantity = 1;
}

/**
 * "The twelve microfibre cloths", "the five ball one" where a pack is "12 Cloths" or "5 Balls":
 * the figure with the word it counts (one word later at most) is an option's value, not how
 * many to add.
 */
export function countedValue(tokens: readonly string[], at: number, vocab: CompiledVocabulary): boolean {
  const said = tokens
    .slice(at + 1, at + 3)
    .filter(Boolean)
    .map(stem);
  return (vocab.source.options ?? []).some((v) => {
    const [n, word, ...rest] = normalize(v).split(' ');
    return n === tokens[at] && !!word && rest.length === 0 && said.includes(stem(word));
  });
}

/** "Two of us", "the four of you": the figure at `i` counts people ("three of them" counts the product). */
const ofPeople = (tokens: readonly string[], i: number): boolean =>
  tokens[i + 1] === 'of' && /^(us|you)$/.test(tokens[i + 2] ?? '');

/** A part of a whole and a fraction said in words ("3 1 4 inch" for "three and a quarter inch"). */
function inMixedFraction(tokens: string[], i: number): boolean {
  const n = (k: number) => (/^\d+$/.test(tokens[k] ?? '') ? Number(tokens[k]) : undefined);
  const mixed = (w: number) => {
    const [a, b, c] = [n(w), n(w + 1), n(w + 2)];
    return a !== undefined && b !== undefined && c !== undefined && [2, 3, 4, 8, 16].includes(c) && b < c;
  };
  return mixed(i) || mixed(i - 1) || mixed(i - 2);
}

export function extractRating(text: string, slots: CountSlots): void {
  const m =
    /\b([1-5]) (stars?|estrellas?|out of 5|de 5|sobre 5)\b/.exec(text) ??
    /\b(rate|give|doy|pongo|calificacion|rating|puntuacion)( (it|you|this|a|un|una|de|it a|you a))? ([1-5])\b/.exec(
      text,
    ) ??
    /\b(one|una|un) (stars?|estrellas?)\b/.exec(text);
  if (m) {
    const v = m.slice(1).find((g) => g && /^[1-5]$/.test(g));
    slots.rating = v ? Number(v) : 1;
  }
  const c = /\b(because|porque|comment|comentario)\b (.+)$/.exec(text);
  if (c) slots.comment = c[2]!.trim();
}

/** Words that may come before the count of an answer ("ok two in forest", "vale, dos en verde"). */
const ANSWER_LEAD = /^(ok|okay|yes|yeah|yep|sure|then|and|so|si|vale|bueno|y|pues|entonces)$/;

/**
 * "Two in forest", "three skeins, the blue one", "dos en verde": in the answer to "which colour?"
 * a small figure said first, then the value, is how many (the extractor wants a noun or a verb
 * around a count; an answer has neither). Undefined when the answer starts otherwise.
 */
export function leadingCount(
  text: string,
  /** The product's values as written ("20 lb", "US 8"): a figure one of them starts with is no count. */
  valueFigures: string[] = [],
): { count: number; at: number } | undefined {
  const words = text.split(' ');
  let i = 0;
  while (i < words.length && ANSWER_LEAD.test(words[i]!)) i++;
  const w = words[i];
  if (!w || !/^\d{1,2}$/.test(w) || i + 1 >= words.length) return undefined;
  // "Two in forest", "three of the blue": the count comes before the value said; "twenty then"
  // is a value ("20 lb") said by its figure.
  // A counted noun may come between ("two skeins in forest", "dos bolsas de las verdes").
  const between = /^[a-z]{3,}s$/.test(words[i + 1]!) && !UNIT_WORDS[words[i + 1]!] ? 1 : 0;
  if (!/^(in|of|en|de)$/.test(words[i + 1 + between] ?? '') || ofPeople(words, i)) return undefined;
  const n = Number(w);
  if (n < 1 || n > 20 || valueFigures.some((v) => new RegExp(`^${w}(?![\\d.])`).test(v))) return undefined;
  return { count: n, at: i };
}

/** A product's size and option values as said ("20 lb", "us 8"), for leadingCount. */
export function valuesOf(
  p: { sizes: { size: string }[]; options?: { values: { value: string }[] }[] } | undefined,
): string[] {
  if (!p) return [];
  return [
    ...p.sizes.map((x) => x.size),
    ...(p.options ?? []).flatMap((o) => o.values.map((v) => v.value)),
  ].map((v) => normalize(v));
}
