/**
 * Compiles a CatalogVocabulary into matchers: multi-word phrases (categories, brands, colours,
 * sizes, attributes) found in a token list with a little fuzziness, and product names found by
 * token-level edit distance weighted by how rare each word is in the catalog.
 */

import { isUnitWord, optionTokens } from '../../catalog/option-values.ts';
import { BASIC_COLOR_WORDS, colorFamilies, colorFamily } from '../../catalog/search-colors.ts';
import type { CatalogVocabulary, Language } from '../../contract.ts';
import { COLOR_FAMILIES, SIZE_WORDS, STOPWORDS } from './lexicon.ts';
import { sizeFormSynonyms } from './size-forms.ts';
import { sizePairSynonyms } from './size-pairs.ts';
import { normalize, stem, uniq, wordsMatch } from './text.ts';
import { canonicalUnits, splitNumberUnit, UNIT_WORDS } from './units.ts';

export interface Phrase {
  /** The catalog's own spelling, sent to tools. */
  value: string;
  tokens: string[];
}

export interface PhraseMatch {
  value: string;
  start: number;
  end: number;
  exact: boolean;
}

export interface NameMatch {
  name: string;
  score: number;
  /** Indices of utterance tokens that matched. */
  used: number[];
  /** Words said that only this product's name has. */
  own?: number;
}

export interface CompiledVocabulary {
  language: Language;
  source: CatalogVocabulary;
  categories: Phrase[];
  brands: Phrase[];
  colors: Phrase[];
  sizes: Phrase[];
  attributes: Phrase[];
  names: { name: string; tokens: string[] }[];
  /** Inverse document frequency of each product-name token. */
  idf: Map<string, number>;
  /** Words that belong to categories, colours or brands: they do not single out a product. */
  generic: Set<string>;
  /** Tag/attribute words: they describe many products even when only one title carries them. */
  attributeWords: Set<string>;
  /** Stems of words many products' texts use: not a product's own word (see CatalogVocabulary). */
  common: Set<string>;
  /** Name token → how many product names contain it. */
  df: Map<string, number>;
  nameTokens: string[];
}

function phrases(values: string[], extra: [string, string][] = []): Phrase[] {
  const out: Phrase[] = [];
  for (const v of uniq(values)) {
    const tokens = normalize(v).split(' ').filter(Boolean);
    if (tokens.length) out.push({ value: v, tokens });
  }
  for (const [spoken, value] of extra) out.push({ value, tokens: normalize(spoken).split(' ') });
  // Longest phrases first so "running shoes" wins over "shoes".
  return out.sort((a, b) => b.tokens.length - a.tokens.length);
}

function colorSynonyms(colors: string[]): [string, string][] {
  const out: [string, string][] = [];
  // "Verde" must not mean "Olive" when "Sage" is green too: shared families keep the family word.
  const familyCount = new Map<string, number>();
  for (const c of colors) {
    const f = colorFamily(c);
    if (f) familyCount.set(f, (familyCount.get(f) ?? 0) + 1);
  }
  // A basic colour word ("beige", "white") is never one shade's name: the shade lists may put a
  // shade in another family than search-colors does ("Ivory" beside "beige" here, under "white"
  // there), and the catalog's "Oat" is the beige meant on a product that has no Ivory. The family
  // word stays in the slot and each product resolves it to its own shade (resolve.ts matchColor).
  const basicWords = new Set(Object.values(BASIC_COLOR_WORDS).flat());
  for (const c of colors) {
    const n = normalize(c);
    const basic = colorFamily(c);
    const shared =
      basic && (familyCount.get(basic) ?? 0) > 1 ? new Set(BASIC_COLOR_WORDS[basic] ?? []) : undefined;
    const family = COLOR_FAMILIES.find((f) => f.includes(n));
    const own = basic ? new Set(BASIC_COLOR_WORDS[basic] ?? []) : new Set<string>();
    if (family)
      for (const syn of family)
        if (syn !== n && !shared?.has(syn) && (!basicWords.has(syn) || own.has(syn))) out.push([syn, c]);
  }
  // A family word maps to one catalog colour only when unambiguous: "blue" must not mean "navy" if both exist.
  const exact = new Set(colors.map(normalize));
  const kept = out.filter(([syn]) => !exact.has(syn));
  // Shop shades ("Sage", "Moss") are reached by their basic colour in either language ("green",
  // "verde"); the slot keeps the family word, which search and the cart match against shades.
  // A two-tone colour ("Black/Red") is reached by either tone's word.
  const families = new Set(colors.flatMap((c) => colorFamilies(c)));
  for (const f of families)
    for (const w of BASIC_COLOR_WORDS[f] ?? [])
      if (!exact.has(w) && !kept.some(([x]) => x === w)) kept.push([w, f]);
  return kept;
}

function sizeSynonyms(sizes: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const s of sizes) {
    // A label is a size key ("L") or one of its words ("Large", "Small"): either way all the
    // key's words in both languages, singular and plural ("pequeños" for "Small"), reach it.
    const label = normalize(s);
    const key = SIZE_WORDS[s.toUpperCase()]
      ? s.toUpperCase()
      : Object.keys(SIZE_WORDS).find((k) => SIZE_WORDS[k]!.includes(label));
    const words = key ? SIZE_WORDS[key]! : undefined;
    if (words)
      for (const w of words) {
        if (w !== label) out.push([w, s]);
        if (/^[a-z]+[aoe]$/.test(w) && !w.includes(' ')) out.push([`${w}s`, s]);
      }
    out.push(...sizePairSynonyms(s), ...sizeFormSynonyms(s));
  }
  return out;
}

/**
 * "Solstice" for "Solstice Skin": a brand's first word said alone, when no other brand starts with
 * it, it is no category, colour or common word, and every title that has it is that brand's.
 */
function brandShortNames(v: CatalogVocabulary): [string, string][] {
  const out: [string, string][] = [];
  const common = new Set(
    [...v.categories, ...v.colors, ...v.attributes, ...v.sizes].flatMap((x) => normalize(x).split(' ')),
  );
  for (const b of v.brands) {
    const words = normalize(b).split(' ').filter(Boolean);
    const first = words[0];
    if (words.length < 2 || !first || first.length < 4 || common.has(first)) continue;
    if (STOPWORDS.en.has(first) || STOPWORDS.es.has(first)) continue;
    if (v.brands.some((o) => o !== b && normalize(o).split(' ')[0] === first)) continue;
    const titles = v.productNames.filter((n) => normalize(n).split(' ').includes(first));
    // Titles open with the brand ("Corsa Cycles" sells "Corsa Strada …"): the word is the brand's.
    if (titles.every((n) => normalize(n).startsWith(`${first} `))) out.push([first, b]);
  }
  return out;
}

const UNIT_ABBREVIATIONS = new Set(Object.values(UNIT_WORDS));

/**
 * "65w" and "2000A" in a title are a number and its unit: "the 2000 one", "the 2000 amp" name the
 * Surge 2000A. The unit letter stays a name token even when it is also a function word ("a").
 */
function splitModelNumber(token: string): string[] {
  const m = /^(\d+(?:\.\d+)?)([a-z]{1,3})$/.exec(token);
  return m && UNIT_ABBREVIATIONS.has(m[2]!) ? [m[1]!, m[2]!] : splitNumberUnit(token);
}

export function compileVocabulary(v: CatalogVocabulary): CompiledVocabulary {
  const names = uniq(v.productNames).map((name) => ({
    name,
    tokens: normalize(name)
      .split(' ')
      .flatMap(splitModelNumber)
      .filter(
        (t, i, all) =>
          t &&
          ((!STOPWORDS.en.has(t) && !STOPWORDS.es.has(t)) ||
            (UNIT_ABBREVIATIONS.has(t) && /^\d/.test(all[i - 1] ?? ''))),
      ),
  }));
  const df = new Map<string, number>();
  for (const n of names) for (const t of new Set(n.tokens.map(stem))) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + names.length / d));
  const generic = new Set<string>();
  for (const list of [v.categories, v.colors, v.brands])
    for (const p of list) for (const t of normalize(p).split(' ')) generic.add(stem(t));
  const attributeWords = new Set(v.attributes.flatMap((a) => normalize(a).split(' ').map(stem)));
  return {
    language: v.language,
    source: v,
    attributeWords,
    common: new Set((v.commonWords ?? []).map(stem)),
    df,
    categories: phrases(v.categories),
    brands: phrases(v.brands, brandShortNames(v)),
    colors: phrases(v.colors, colorSynonyms(v.colors)),
    sizes: phrases(v.sizes, sizeSynonyms(v.sizes)),
    attributes: phrases(v.attributes),
    names,
    idf,
    generic,
    nameTokens: [...df.keys()],
  };
}

const cache = new WeakMap<CatalogVocabulary, CompiledVocabulary>();
/** Loaders that rebuild the vocabulary object per call (a DB query) still compile once per content. */
const byContent = new Map<string, CompiledVocabulary>();
const CONTENT_CACHE_SIZE = 8;

export function compiled(v: CatalogVocabulary): CompiledVocabulary {
  let c = cache.get(v);
  if (c) return c;
  const key = JSON.stringify(v);
  c = byContent.get(key);
  if (!c) {
    c = compileVocabulary(v);
    if (byContent.size >= CONTENT_CACHE_SIZE) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, c);
  }
  cache.set(v, c);
  return c;
}

/**
 * Finds phrases in the tokens, longest first, without overlaps. `fuzzy` allows the per-word
 * edit budget (STT misrecognitions); short words must match exactly.
 */
export function findPhrases(
  tokens: string[],
  list: Phrase[],
  fuzzy = true,
  taken?: Set<number>,
): PhraseMatch[] {
  const used = taken ?? new Set<number>();
  const out: PhraseMatch[] = [];
  for (const p of list) {
    const n = p.tokens.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      let exact = true;
      for (let k = 0; k < n && ok; k++) {
        if (used.has(i + k)) ok = false;
        else if (tokens[i + k] !== p.tokens[k]) {
          exact = false;
          ok = fuzzy ? wordsMatch(tokens[i + k]!, p.tokens[k]!) : stem(tokens[i + k]!) === stem(p.tokens[k]!);
        }
      }
      if (!ok) continue;
      out.push({ value: p.value, start: i, end: i + n, exact });
      for (let k = 0; k < n; k++) used.add(i + k);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Product names the utterance refers to. Each name token is matched (fuzzily) against the spoken
 * tokens; the score is the share of the name's rarity weight that was said. A name only counts
 * when at least one distinctive (non-category, non-colour, non-brand) word matched.
 */
/**
 * "Keeping gloves" for "Wicketkeeping Gloves": a word said that is the last part of a title's
 * compound word. Long parts only, so a short word ("ball", "board") never reaches a compound.
 */
const compoundTail = (said: string, title: string): boolean =>
  said.length >= 6 && title.length >= said.length + 4 && title.endsWith(said);

export function findProductNames(
  tokens: string[],
  vocab: CompiledVocabulary,
  minScore = 0.5,
  determined = false,
  oneOfKind = determined,
): NameMatch[] {
  const spoken = canonicalUnits(tokens.flatMap((t) => (t ? [t] : [''])))
    .map((t, i) => ({ t, s: stem(t), i }))
    .filter((x) => x.t.length > 0);
  const hits = new Map<string, number[]>();
  for (const nt of vocab.nameTokens) {
    const idx = spoken
      .filter((x) => x.s === nt || wordsMatch(x.t, nt) || compoundTail(x.t, nt))
      .map((x) => x.i);
    if (idx.length) hits.set(nt, idx);
  }
  if (hits.size === 0) return [];
  const out: NameMatch[] = [];
  for (const n of vocab.names) {
    // Category, colour and brand words do not single a product out: they only break ties.
    let total = 0;
    let got = 0;
    let bonus = 0;
    const used: number[] = [];
    for (const [j, raw] of n.tokens.entries()) {
      const t = stem(raw);
      const generic = vocab.generic.has(t);
      const w = (vocab.idf.get(t) ?? 1) * (/^\d+$/.test(t) ? 0.5 : 1);
      if (!generic) total += w;
      const h = measureHits(hits.get(t), n.tokens, j, spoken);
      if (!h) continue;
      if (DESCRIBING.test(raw) && !saidWithNeighbour(n.tokens, j, spoken)) continue;
      used.push(...h);
      if (generic) bonus += 0.05;
      else got += w;
    }
    // Only kind-of-product words said ("a shaker"): it may still be the one product of its kind.
    if (got === 0 && !(oneOfKind && bonus > 0)) continue;
    let score = total > 0 ? got / total + bonus : bonus;
    // Long shop titles are called by their model name ("the Ridgeline", "Cascade Mid"): a word only
    // this product's name has, said in full, names it even when the rest of the title is not said.
    const own = n.tokens.filter((raw, j) => {
      const t = stem(raw);
      return (
        vocab.df.get(t) === 1 &&
        !isMeasureUnit(n.tokens, j) &&
        !!measureHits(hits.get(t), n.tokens, j, spoken) &&
        !vocab.generic.has(t) &&
        !vocab.attributeWords.has(t) &&
        !commonPart(vocab, n.name, raw) &&
        (raw.length >= 3 || /^\d{2,}$/.test(raw) || modelCode(n.name, raw)) &&
        spoken.some((x) => x.s === t || x.t === raw) &&
        (!DESCRIBING.test(raw) || saidWithNeighbour(n.tokens, j, spoken))
      );
    });
    let ownCount = own.length;
    if (own.length > 0) score = Math.max(score, 0.6 + 0.1 * Math.min(own.length, 3) + bonus);
    else if (oneOfKind) {
      // "The walnut cutting board", "la sartén everyday": words that together fit only this name.
      const said = uniq(
        n.tokens
          .filter((raw, j) => !!measureHits(hits.get(stem(raw)), n.tokens, j, spoken))
          // "If it doesn't fit": a common word of a compound is the shopper's word too.
          .filter((raw) => !commonPart(vocab, n.name, raw))
          .map(stem),
      );
      // "Add a shaker" when one product's name holds that kind-of-product word.
      // Not when the word is the head of several of the shop's kinds ("car" of Freight Cars and
      // Passenger Cars): that word covers many products, whichever one title happens to hold it.
      const onlyKind =
        said.length === 1 &&
        vocab.categories.some((c) => c.tokens.length === 1 && stem(c.tokens[0]!) === said[0]) &&
        vocab.df.get(said[0]!) === 1 &&
        !headOfSeveralKinds(vocab, said[0]!);
      const unique =
        (said.length >= 2 || onlyKind) &&
        !vocab.names.some((o) => o !== n && said.every((t) => o.tokens.some((x) => stem(x) === t)));
      if (unique) {
        score = Math.max(score, 0.6 + bonus);
        ownCount = 1;
      }
    }
    if (score >= minScore) out.push({ name: n.name, score, used: uniq(used), own: ownCount });
  }
  out.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  // When some name was called by a word only it has ("Beacon 900"), names matched only by shared
  // words ("Beacon 400") are not meant.
  const named = out.some((m) => (m.own ?? 0) > 0) ? out.filter((m) => (m.own ?? 0) > 0) : out;
  return named.slice(0, 5);
}

/**
 * "Car" when the shop sells Freight Cars and Passenger Cars: the word ends two or more of the shop's
 * kinds that differ by what comes before it, so it is a family of kinds, never one product's name.
 */
function headOfSeveralKinds(vocab: CompiledVocabulary, word: string): boolean {
  const kinds = new Set(
    vocab.categories
      .filter((c) => c.tokens.length >= 2 && stem(c.tokens.at(-1)!) === word)
      .map((c) => c.tokens.slice(0, -1).map(stem).join(' ')),
  );
  return kinds.size >= 2;
}

/**
 * "Fit" of "Comfort-Fit" in a shop whose texts say "fits" all over: a part of a hyphenated
 * compound that is also a common word of the shop describes the product, it does not name it
 * ("braided" of a Braided Cable, standing alone in the title, still does).
 */
/**
 * Words of size and shape: in a title ("Long John Wetsuit", "Big Agnes") they are part of a
 * name, but said alone they describe ("he's got long arms", "a big one"), so they name the
 * product only said beside the title word next to them.
 */
const DESCRIBING =
  /^(long|short|big|small|little|tall|wide|narrow|thick|thin|light|heavy|deep|high|low|large|mini|largo|larga|corto|corta|grande|pequeno|pequena|alto|alta|bajo|baja)$/;

function saidWithNeighbour(
  tokens: readonly string[],
  j: number,
  spoken: { s: string; i: number }[],
): boolean {
  const at = spoken.filter((x) => x.s === stem(tokens[j]!)).map((x) => x.i);
  const near = (k: number, step: number) =>
    tokens[k] !== undefined &&
    at.some((i) => spoken.some((x) => x.i === i + step && x.s === stem(tokens[k]!)));
  return near(j + 1, 1) || near(j - 1, -1);
}

function commonPart(vocab: CompiledVocabulary, name: string, raw: string): boolean {
  if (!vocab.common.has(stem(raw))) return false;
  return new RegExp(`(^|[^a-z])${raw}-[a-z]|[a-z]-${raw}([^a-z]|$)`).test(normalizeHyphens(name));
}

const normalizeHyphens = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A two-letter model code the title writes in capitals ("XR", "GT"): it names the product. */
const modelCode = (name: string, raw: string): boolean =>
  /^[a-z]{2}$/.test(raw) && new RegExp(`(^|[^A-Za-z])${raw.toUpperCase()}([^A-Za-z]|$)`).test(name);

const unitAt = (tokens: readonly string[], i: number): string | undefined => {
  const w = tokens[i];
  return w !== undefined && isUnitWord(w) ? optionTokens(`1 ${w}`)[0]?.slice(1) : undefined;
};

/** A unit word of a name right after a number of it ("10 Amp"): only a measure, never a model word. */
function isMeasureUnit(tokens: readonly string[], j: number): boolean {
  return j > 0 && /^\d+(\.\d+)?$/.test(tokens[j - 1]!) && unitAt(tokens, j) !== undefined;
}

/**
 * The spoken positions that really say name token j: a number said with a unit ("20 ounce")
 * matches a number of the name only in the same unit ("20-Piece" is not it), and a unit of the
 * name ("10 Amp") only after the same number ("4 amp hour" is not it).
 */
function measureHits(
  h: number[] | undefined,
  name: readonly string[],
  j: number,
  spoken: { t: string; i: number }[],
): number[] | undefined {
  if (!h) return undefined;
  const at = new Map(spoken.map((x, k) => [x.i, k]));
  const next = (i: number) => spoken[(at.get(i) ?? -2) + 1]?.t;
  const prev = (i: number) => spoken[(at.get(i) ?? 0) - 1]?.t;
  const raw = name[j]!;
  let out = h;
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const unit = unitAt(name, j + 1);
    out = h.filter((i) => {
      const n = next(i);
      const said = n !== undefined ? unitAt([n], 0) : undefined;
      return said === undefined || said === unit;
    });
  } else if (isMeasureUnit(name, j)) out = h.filter((i) => prev(i) === name[j - 1]);
  // "A 500 pack" is a measure: it does not say the "Pack" of "Battery Pack".
  else if (isUnitWord(raw)) out = h.filter((i) => !/^\d/.test(prev(i) ?? ''));
  return out.length ? out : undefined;
}

const wordsCache = new WeakMap<
  CompiledVocabulary,
  WeakMap<CompiledVocabulary, Record<Language, Set<string>>>
>();

/**
 * Catalog words that exist in only one language's vocabulary ("sudadera" vs "hoodie"): evidence
 * for language detection in utterances without function words.
 */
export function languageWords(en: CompiledVocabulary, es: CompiledVocabulary): Record<Language, Set<string>> {
  let inner = wordsCache.get(en);
  if (!inner) {
    inner = new WeakMap();
    wordsCache.set(en, inner);
  }
  let out = inner.get(es);
  if (!out) {
    const words = (v: CompiledVocabulary) =>
      new Set(
        [v.categories, v.colors, v.attributes, v.sizes]
          .flat()
          .flatMap((p) => p.tokens)
          .filter((t) => t.length > 2),
      );
    const a = words(en);
    const b = words(es);
    out = { en: new Set([...a].filter((t) => !b.has(t))), es: new Set([...b].filter((t) => !a.has(t))) };
    inner.set(es, out);
  }
  return out;
}
