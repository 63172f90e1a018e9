/**
 * A cart line said by words of its product's name ("set the wood aside for later" with a fairway
 * wood and a driver in the cart): the one line whose name has the most of the words said, when
 * no product was named outright. Saving for later is about what the shopper already picked, so
 * the cart is read before the catalog.
 */

import type { CartLineInfo, ProductInfo } from '../results.ts';
import { STOPWORDS } from '../words/lexicon.ts';
import { normalize, stem } from '../words/text.ts';
import type { DecideInput } from './action-types.ts';

/** Verbs and fillers of a save-for-later request: never words of a product's name. */
const SAVE_WORDS = new Set(
  'save saved keep set put lay leave hold move stash park stick aside later till until another time next day think about maybe sure yet list guarda guardame guardamelo guardamela guardamelos guardamelas guardada guardado deja dejame dejamelo dejamela dejamelos dejamelas apartala aparta apartame apartamelo apartamela apartada apartado reserva luego despues tarde adelante otro momento pienso pensare lista'.split(
    ' ',
  ),
);

/** The one cart line the words name, by the most words of its name (ties name none). */
export function lineBySaidWords(input: DecideInput): CartLineInfo | undefined {
  const { nlu, state } = input;
  const items = state.cart?.items ?? [];
  if (items.length === 0) return undefined;
  // A product named that is in the cart is that line (the usual way); one named that is not is
  // overruled only by words of a line that are not words of its name ("set the wood aside": "set"
  // reached an iron set's name, "wood" is the fairway wood's in the cart).
  const named = (nlu.slots.productNames ?? []).map((n) => new Set(normalize(n).split(' ').map(stem)));
  if (named.length && items.some((l) => named.some((n) => sameWords(n, l.name)))) return undefined;
  const stop = STOPWORDS[nlu.language];
  // The kind said in the shopper's language reaches the catalog's word through the slots
  // ("guárdame las zapatillas": category shoe), which the line's English name says.
  const kind = [nlu.slots.category ?? '', ...(nlu.slots.attributes ?? [])].join(' ');
  const said = [
    ...new Set(
      `${nlu.text} ${normalize(kind)}`
        .split(' ')
        .filter((w) => w.length > 2 && !/^\d/.test(w) && !stop.has(w) && !SAVE_WORDS.has(w))
        .map(stem),
    ),
  ].filter((w) => !named.some((n) => n.has(w)));
  if (said.length === 0) return undefined;
  const scored = items.map((l) => {
    const own = new Set(normalize(l.name).split(' ').map(stem));
    return { l, n: said.filter((w) => own.has(w)).length };
  });
  const top = Math.max(0, ...scored.map((x) => x.n));
  const hits = scored.filter((x) => x.n === top);
  const line = top > 0 && hits.length === 1 ? hits[0]!.l : undefined;
  // "Save the gooseneck kettle" with a whistling kettle in the cart: a word of another product's
  // name that this line lacks means that other product, unless the line holds more of the words
  // said ("park the devil sticks for later, balls first": a ball's word is another clause's).
  if (!line) return undefined;
  const own = new Set(normalize(line.name).split(' ').map(stem));
  const rivals = [...state.known.values()]
    .filter((p) => p.id !== line.productId && normalize(p.name) !== normalize(line.name))
    .map((p) => new Set(normalize(p.name).split(' ').map(stem)))
    .filter((name) => said.some((w) => !own.has(w) && name.has(w)));
  return rivals.some((name) => said.filter((w) => name.has(w)).length >= top) ? undefined : line;
}

/** The product of that line, as the dialogue knows it. */
export function productOfSaidLine(input: DecideInput): ProductInfo | undefined {
  const line = lineBySaidWords(input);
  if (!line) return undefined;
  const { known } = input.state;
  return line.productId
    ? known.get(line.productId)
    : [...known.values()].find((p) => normalize(p.name) === normalize(line.name));
}

function sameWords(name: Set<string>, lineName: string): boolean {
  const own = normalize(lineName).split(' ').map(stem);
  return own.length === name.size && own.every((w) => name.has(w));
}
