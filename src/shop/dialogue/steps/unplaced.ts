/**
 * Words of a request that name a product no slot placed (issue 12: wrong adds). "Añade el
 * pastillero mensual" with an ice pack in focus reads no product, and an add with no product
 * named used to take the focus: the shopper got an ice pack. Words that stand where a product is
 * named (a word of the catalog, or one after an article: "el pastillero mensual") and that the
 * product in focus does not have mean another product, which is looked for instead.
 */
import { storedOptionTokens } from '../../catalog/option-values.ts';
import type { Language } from '../../contract.ts';
import type { ProductInfo } from '../results.ts';
import type { Slots } from '../words/slots.ts';
import { normalize, stem } from '../words/text.ts';
import { UNIT_WORDS } from '../words/units.ts';
import type { CompiledVocabulary } from '../words/vocab.ts';
import type { Action, DecideInput } from './action-types.ts';

/** Articles and demonstratives: a word after one names the thing wanted. */
const ARTICLE: Record<Language, Set<string>> = {
  en: new Set('the a an this that these those another'.split(' ')),
  es: new Set('el la los las un una unos unas este esta ese esa otro otra'.split(' ')),
};

const WITHOUT = /^(sin|without|no|free)$/;

/**
 * Words of the request itself, not of a product: verbs and places of the cart and the saved
 * list, and references to what was shown ("the other one", "el mismo").
 */
const REQUEST_WORDS: Record<Language, Set<string>> = {
  en: new Set(
    (
      'add adding put throw toss grab take cart basket trolley order save saved later list wishlist keep ' +
      'other same last previous first second third next one ones both all everything lot'
    ).split(' '),
  ),
  es: new Set(
    (
      'anade anadir anademe anadelo anadela anadelos anadelas agrega agregar agregame pon ponme ponlo ponla mete meter ' +
      'meteme carrito cesta pedido guarda guardame guardalo guardala guardar luego adelante despues lista llevo llevar ' +
      'dame otro otra otros otras mismo misma mismos mismas ultimo ultima anterior primero primera segundo segunda ' +
      'tercero tercera siguiente uno una ambos ambas todo todos todas'
    ).split(' '),
  ),
};

/**
 * The words of the request that stand where a product is named and that no slot took. `free`
 * says, per token, whether no slot took it and it is no stopword, number or short word.
 */
export function unplacedWords(
  tokens: string[],
  free: boolean[],
  vocab: CompiledVocabulary,
  language: Language,
): string[] {
  const out: string[] = [];
  let inPhrase = false;
  // Words of a measure ("4 amp hour", "the 500 ml bottle") or of what a product is free of ("sin
  // perfume", "without fragrance") describe the variant, not another product.
  let measure = false;
  const number = (x: string | undefined) => x !== undefined && /^\d/.test(x);
  // "Es para la charca, ponme un 4000", "un carrete para el mar": Spanish names the use after
  // "para", behind the noun it qualifies; the words of the use are no product (until the next
  // request word starts the request again).
  let use = false;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (language === 'es' && t === 'para') use = true;
    else if (REQUEST_WORDS[language].has(t)) use = false;
    if (use) {
      inPhrase = false;
      return;
    }
    const afterArticle = prev !== undefined && ARTICLE[language].has(prev);
    measure = number(prev) || (measure && UNIT_WORDS[prev ?? ''] !== undefined);
    // "El bote de 500 ml", "the bag of 100": a container said with its amount is the variant's.
    const ofAmount = /^(de|of)$/.test(tokens[i + 1] ?? '') && number(tokens[i + 2]);
    const described = measure || UNIT_WORDS[t] !== undefined || ofAmount || WITHOUT.test(prev ?? '');
    if (!free[i] || REQUEST_WORDS[language].has(t) || described) {
      inPhrase = false;
      return;
    }
    // A catalog word anywhere; an unknown word only where a product is named (after an article,
    // or after such a word: Spanish puts the adjective after the noun).
    const counted = vocab.df.has(stem(t)) || afterArticle || inPhrase;
    if (counted) out.push(t);
    inPhrase = counted;
  });
  return out;
}

/** The product's own words: its name, brand, kind, tags, option values, colours, sizes and text. */
function ownWords(p: ProductInfo): Set<string> {
  const text = [
    p.name,
    p.brand ?? '',
    p.category ?? '',
    ...(p.tags ?? []),
    ...p.colors.map((c) => c.color),
    ...p.sizes.map((s) => s.size),
    p.summary ?? '',
    p.description ?? '',
  ].join(' ');
  const words = new Set(normalize(text).split(' ').map(stem));
  for (const o of p.options ?? [])
    for (const v of o.values) for (const t of storedOptionTokens(o.name, v.value)) words.add(stem(t));
  for (const o of p.options ?? []) for (const w of normalize(o.name).split(' ')) words.add(stem(w));
  return words;
}

/**
 * The words said that the product does not have: another product is meant. Words the shopper
 * used when adding it just before (`said`) are theirs for it ("guárdame el pastillero").
 */
export function foreignWords(words: string[] | undefined, p: ProductInfo, said?: string): string[] {
  if (!words?.length) return [];
  const own = ownWords(p);
  for (const w of normalize(said ?? '').split(' ')) if (w) own.add(stem(w));
  return words.filter((w) => !own.has(stem(w)));
}

/**
 * What to do when the request names words of another product than the one it would fall back
 * to: after this turn's search, its one result (or which one, or that nothing was found); before
 * it, a search by those words. In Spanish the shop first says it did not place the product: that
 * reply lets the engine read the request again in English (second-reading.ts), where "monthly"
 * may name the "Monthly Pill Organizer"; an English reading that still does not place it searches.
 */
export function elsewhere(words: string[], input: DecideInput): Action | { product: ProductInfo } {
  const { current, state, nlu } = input;
  const es = nlu.language === 'es';
  const searched = current.calls.filter((c) => c.name === 'search_products').at(-1);
  if (searched) {
    const found = searched.error ? [] : state.lastResults;
    if (found.length === 1) return { product: state.known.get(found[0]!.id) ?? found[0]! };
    if (found.length > 1)
      return {
        kind: 'text',
        text: es
          ? `¿Cuál? ${found
              .slice(0, 3)
              .map((p) => p.name)
              .join('; ')}.`
          : `Which one? ${found
              .slice(0, 3)
              .map((p) => p.name)
              .join('; ')}.`,
      };
    return {
      kind: 'text',
      text: es
        ? `No encontré "${words.join(' ')}". ¿Qué producto buscas?`
        : `I couldn't find "${words.join(' ')}". Which product do you mean?`,
    };
  }
  if (es) return { kind: 'text', text: '¿Qué producto? Dime su nombre o busca primero.', unplaced: true };
  return { kind: 'tools', calls: [{ name: 'search_products', input: { query: words.join(' ') } }] };
}

/**
 * The product an add or save falls back to (focus, the one result), unless the request names
 * words of another product: then what `elsewhere` decides. Products the slots named are kept.
 */
export function productWanted(
  intent: string,
  input: DecideInput,
  s: Slots,
  product: ProductInfo,
  productId: string | undefined,
): Action | ProductInfo {
  const fellBack =
    !productId &&
    !s.productNames?.length &&
    !s.ordinals?.length &&
    // "The cheapest one" picks from the list by its superlative word.
    s.reference !== 'cheapest' &&
    s.reference !== 'priciest' &&
    (intent === 'add_to_cart' || intent === 'save_item');
  if (!fellBack) return product;
  const said = input.previousAdd?.productId === product.id ? input.previousAdd.said : undefined;
  const foreign = foreignWords(input.nlu.unplaced, product, said);
  if (!foreign.length) return product;
  const other = elsewhere(foreign, input);
  return 'product' in other ? other.product : other;
}
