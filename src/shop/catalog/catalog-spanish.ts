/**
 * Spanish words for an English-only catalog's own words, from a bilingual dictionary
 * (apertium.ts): the long tail the built-in retail table (retail-words.ts) cannot list for every
 * vertical ("molinillo" → grinder, "collar" → necklace, "cera" → wax). Nouns get their plural,
 * adjectives their four forms; words the dialogue itself uses are never taken for catalog words.
 */
import { childLogger } from '../../log/logger.ts';
import type { BilingualDictionary, SpanishEquivalent } from './apertium.ts';
import { FUNCTION_WORDS, pluralEs } from './retail-vocabulary.ts';
import { fold, isStopword } from './text.ts';

const log = childLogger({ component: 'catalog.spanish' });

/**
 * Spanish words a shopper says about shopping itself: a catalog word translated into one of these
 * ("frame" → plazo, "order" → pedido) would turn the request into a product search.
 */
const SHOPPING_WORDS = new Set(
  (
    'plazo pedido pedidos carrito cesta precio precios talla tallas color colores codigo envio envios ' +
    'devolucion devoluciones pago tienda producto productos cosa cosas vez veces parte tipo modelo'
  ).split(' '),
);

function formsOf(e: SpanishEquivalent): string[] {
  const w = e.lemma;
  if (e.kind === 'noun') return [w, pluralEs(w)];
  const fem = /o$/.test(w) ? `${w.slice(0, -1)}a` : w;
  return [...new Set([w, fem, pluralEs(w), pluralEs(fem)])];
}

/** Folded Spanish form → the catalog's English words it stands for. */
export type CatalogSpanishWords = Record<string, { en: string[]; adjective?: true }>;

export async function catalogSpanishWords(
  englishTexts: readonly string[],
  dictionary: BilingualDictionary,
  signal?: AbortSignal,
): Promise<CatalogSpanishWords> {
  const words = new Set<string>();
  for (const text of englishTexts)
    for (const w of fold(text).split(/[^a-z]+/)) if (w.length >= 3 && !isStopword(w)) words.add(w);
  let found: Map<string, SpanishEquivalent[]>;
  try {
    found = await dictionary.spanishFor([...words], signal);
  } catch (err) {
    if (signal?.aborted) throw err;
    // Understanding Spanish still works through the built-in table: warn, do not fail the catalog.
    log.warn(
      { err },
      'bilingual dictionary lookup failed; Spanish shoppers get the built-in vocabulary only',
    );
    return {};
  }
  // A Map: a Spanish form may be an Object.prototype name ("constructor" has a Spanish twin).
  const out = new Map<string, { en: string[]; adjective?: true }>();
  for (const [english, equivalents] of found) {
    for (const e of equivalents) {
      for (const form of formsOf(e).map(fold)) {
        if (form.length < 3 || FUNCTION_WORDS.has(form) || SHOPPING_WORDS.has(form) || words.has(form))
          continue;
        let entry = out.get(form);
        if (!entry) {
          entry = e.kind === 'adjective' ? { en: [], adjective: true } : { en: [] };
          out.set(form, entry);
        }
        if (!entry.en.includes(english)) entry.en.push(english);
      }
    }
  }
  return Object.fromEntries(out);
}
