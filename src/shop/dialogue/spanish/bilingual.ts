/**
 * Spanish shoppers on catalogs written in English: Spanish retail words the catalog does not know
 * are replaced by their English equivalents the catalog does know, before slots are read
 * ("busco tiendas de campaña" → "busco tents"). Catalogs that speak Spanish are left alone.
 */
import { type CatalogSpanishWord, spanishPhrases } from '../../catalog/retail-vocabulary.ts';
import type { Language } from '../../contract.ts';
import { normalize, stem } from '../words/text.ts';
import type { CompiledVocabulary } from '../words/vocab.ts';
import { colourCompounds } from './es-compounds.ts';

const knownCache = new WeakMap<CompiledVocabulary, Set<string>>();

/** Every word stem the catalog uses in names, categories, attributes, colours and sizes. */
export function knownWords(vocab: CompiledVocabulary): Set<string> {
  let known = knownCache.get(vocab);
  if (!known) {
    known = new Set<string>();
    for (const list of [vocab.categories, vocab.attributes, vocab.colors, vocab.sizes, vocab.brands])
      for (const p of list) for (const t of p.tokens) known.add(stem(t));
    for (const n of vocab.names) for (const t of n.tokens) known.add(stem(t));
    // Option names and values ("Dotted", "Lined", "Brass"): "punteado" is read as the value.
    for (const o of vocab.source.options ?? [])
      for (const t of normalize(o).split(' ')) if (t) known.add(stem(t));
    knownCache.set(vocab, known);
  }
  return known;
}

const entryCache = new WeakMap<CompiledVocabulary, Set<string>[]>();

/** The word stems of each name, kind, tag, colour, size, brand and option of the catalog, one set each. */
function entries(vocab: CompiledVocabulary): Set<string>[] {
  let out = entryCache.get(vocab);
  if (!out) {
    out = [];
    for (const list of [vocab.categories, vocab.attributes, vocab.colors, vocab.sizes, vocab.brands])
      for (const p of list) out.push(new Set(p.tokens.map(stem)));
    for (const n of vocab.names) out.push(new Set(n.tokens.map(stem)));
    for (const o of vocab.source.options ?? [])
      out.push(new Set(normalize(o).split(' ').filter(Boolean).map(stem)));
    entryCache.set(vocab, out);
  }
  return out;
}

/**
 * The catalog knows an English phrase when it uses the word, or, for several words, when one of its
 * names, kinds or tags holds them all: "power tank" (pila) is not known to a model-railway shop that
 * sells a Power Pack and a Tank Car, whose "tank" would then name the Tank Car.
 */
function knowsPhrase(vocab: CompiledVocabulary, phrase: string): boolean {
  const words = phrase.split(' ').map(stem);
  const known = knownWords(vocab);
  if (!words.every((w) => known.has(w))) return false;
  return words.length === 1 || entries(vocab).some((e) => words.every((w) => e.has(w)));
}

const dictionaryCache = new WeakMap<CompiledVocabulary, CatalogSpanishWord[]>();

/** The catalog's dictionary words ("molinillo" → grinder), as phrases the translation can use. */
function dictionaryWords(vocab: CompiledVocabulary): CatalogSpanishWord[] {
  let words = dictionaryCache.get(vocab);
  if (!words) {
    words = Object.entries(vocab.source.spanishWords ?? {}).map(([es, w]) => ({
      es: [es],
      en: w.en,
      adjective: w.adjective === true,
    }));
    dictionaryCache.set(vocab, words);
  }
  return words;
}

/** Comparatives keep their Spanish adjective ("más ligera" is a superlative, not the tag "lightweight"). */
const COMPARATIVE = new Set(['mas', 'menos']);

export function translateForCatalog(
  tokens: string[],
  vocab: CompiledVocabulary,
  language: Language,
): string[] {
  if (language !== 'es') return tokens;
  const known = knownWords(vocab);
  const has = (phrase: string) => phrase.split(' ').every((w) => known.has(stem(w)));
  const hits = spanishPhrases(
    tokens,
    (english, spanish, start) =>
      !COMPARATIVE.has(tokens[start - 1] ?? '') && knowsPhrase(vocab, english) && !has(spanish),
    dictionaryWords(vocab),
  );
  if (hits.length === 0) return colourCompounds(nounAdjectiveOrder(tokens, vocab), vocab);
  const out: string[] = [];
  let i = 0;
  // Where the English of the previous translated noun starts in `out`, when it ends right here.
  let noun: { at: number; end: number } | undefined;
  for (const h of hits) {
    out.push(...tokens.slice(i, h.start));
    // "sustrato orgánico" → "organic potting mix": the adjective goes before its noun in English.
    if (h.adjective && noun && noun.end === h.start) out.splice(noun.at, 0, ...h.english.split(' '));
    else {
      noun = h.adjective ? undefined : { at: out.length, end: h.start + h.length };
      out.push(...h.english.split(' '));
    }
    i = h.start + h.length;
  }
  out.push(...tokens.slice(i));
  return colourCompounds(nounAdjectiveOrder(out, vocab), vocab);
}

/** Prepositions between a Spanish noun and its modifier ("mangueras de jardín", "comida para perro"). */
const LINKS = new Set(['de', 'del', 'para']);

/**
 * Spanish puts the modifier after the noun ("altavoces bluetooth", "proteína whey", "mangueras
 * de jardín" once its words are English): two words that are a catalog category in the other
 * order, next to each other or joined by de/para, are read in the catalog's order.
 */
function nounAdjectiveOrder(tokens: string[], vocab: CompiledVocabulary): string[] {
  const out = [...tokens];
  const pairs = vocab.categories.filter((c) => c.tokens.length === 2);
  for (let i = 0; i + 2 < out.length; i++) {
    if (!LINKS.has(out[i + 1]!)) continue;
    const a = stem(out[i]!);
    const b = stem(out[i + 2]!);
    if (pairs.some((c) => stem(c.tokens[0]!) === b && stem(c.tokens[1]!) === a))
      out.splice(i, 3, out[i + 2]!, out[i]!);
  }
  for (let i = 0; i + 1 < out.length; i++) {
    const a = stem(out[i]!);
    const b = stem(out[i + 1]!);
    const hit = pairs.find((c) => stem(c.tokens[0]!) === b && stem(c.tokens[1]!) === a);
    if (hit && !pairs.some((c) => stem(c.tokens[0]!) === a && stem(c.tokens[1]!) === b)) {
      [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      i++;
    }
  }
  return out;
}
