/**
 * The built-in bilingual retail vocabulary (one table: retail-words.ts), both ways, offline:
 * - naming: Spanish names for English category and option names, phrase by phrase, longest
 *   first, with Spanish word order ("Gel Pens" → "Bolígrafos de gel", "Acoustic Guitar Strings" →
 *   "Cuerdas de guitarra acústica") and plural and gender agreement. A name with a word the
 *   vocabulary lacks gets no Spanish name (half a translation would put wrong words in the
 *   shopper's ears); its known words are still returned, for search;
 * - understanding: Spanish retail phrases in a shopper's words and their English, so an
 *   English-only catalog understands a Spanish shopper ("tiendas de campaña" → tents).
 * Pure.
 */
import { RETAIL_WORDS } from './retail-words.ts';
import { fold } from './text.ts';

interface Entry {
  es: string;
  adjective: boolean;
}

/** English key (folded words) → its Spanish name. */
const EN = new Map<string, Entry>();
/** Folded Spanish → English forms in table order (every item, naming-only ones included). */
const ES_TO_EN = new Map<string, string[]>();
/** Spanish phrases read back in a shopper's words (naming-only items left out). */
const UNDERSTOOD: { es: string[]; en: string[]; adjective: boolean }[] = [];
/** Spanish forms that are adjectives (they follow the noun in Spanish, precede it in English). */
const ADJECTIVES = new Set<string>();
let longest = 1;

const ARTICLES = new Set(['a', 'al', 'el', 'la', 'los', 'las', 'de', 'del']);

function addEnglish(map: Map<string, string[]>, key: string, en: string[]): void {
  const have = map.get(key) ?? [];
  map.set(key, [...have, ...en.filter((e) => !have.includes(e))]);
}

/** Masculine and feminine of a folded Spanish adjective ("acodado" → acodada); nouns as they are. */
function genders(es: string, adjective: boolean): string[] {
  if (!adjective || es.includes(' ')) return [es];
  return /o$/.test(es) ? [es, `${es.slice(0, -1)}a`] : [es];
}

const understood = new Map<string, string[]>();
for (const line of RETAIL_WORDS.split('\n')) {
  if (line.startsWith('#')) continue;
  for (const raw of line.split(';')) {
    let item = raw.trim();
    const namingOnly = item.startsWith('>');
    const understandingOnly = item.startsWith('<');
    if (namingOnly || understandingOnly) item = item.slice(1);
    const [enSide, esSide] = item.split('=').map((s) => s.trim());
    if (!enSide || !esSide) continue;
    const adjective = esSide.endsWith('+');
    const spanish = (adjective ? esSide.slice(0, -1) : esSide).split('|').map((x) => x.trim());
    const english = enSide.split('|').map((x) => englishWords(x).join(' '));
    if (!understandingOnly) {
      for (const key of english) {
        if (!EN.has(key)) EN.set(key, { es: spanish[0]!, adjective });
        longest = Math.max(longest, key.split(' ').length);
      }
    }
    for (const es of spanish) {
      for (const form of genders(fold(es), adjective)) {
        addEnglish(ES_TO_EN, form, english);
        // Spec questions drop articles ("resistente al óxido" → resistente oxido).
        const bare = form
          .split(' ')
          .filter((w) => !ARTICLES.has(w))
          .join(' ');
        if (bare !== form && bare) addEnglish(ES_TO_EN, bare, english);
        if (!namingOnly) addEnglish(understood, form, english);
        if (adjective) ADJECTIVES.add(form);
      }
    }
  }
}
/**
 * Spanish function words are never read as retail words, even when a retail word folds into one
 * ("uña" → "una", "más" → "mas").
 */
export const FUNCTION_WORDS = new Set(
  (
    'a al con de del el en es la las lo los mas mi mis o para pero por que se si sin su sus te tu un una uno ' +
    'unos unas y ya yo solo esta este eso esa ese como cual donde cuando muy hay todo toda'
  ).split(' '),
);
for (const [es, en] of understood)
  if (!FUNCTION_WORDS.has(es)) UNDERSTOOD.push({ es: es.split(' '), en, adjective: ADJECTIVES.has(es) });
// Longest Spanish phrase first ("tienda de campana" before "tienda").
UNDERSTOOD.sort((a, b) => b.es.length - a.es.length);

function englishWords(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

/** The word and its possible singulars ("batteries" → battery, "knives" → knife, "boxes" → box). */
function singulars(word: string): string[] {
  const out = [word];
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return out;
  out.push(word.slice(0, -1));
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ves')) out.push(`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`);
  return out;
}

interface Segment extends Entry {
  plural: boolean;
}

/** Longest known phrases over the words; null when a word is unknown (and the known ones). */
function segments(words: string[]): { segs: Segment[]; unknown: string[] } {
  const segs: Segment[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: { seg: Segment; n: number } | undefined;
    for (let n = Math.min(longest, words.length - i); n >= 1 && !hit; n--) {
      const head = words.slice(i, i + n - 1);
      const last = words[i + n - 1]!;
      for (const form of singulars(last)) {
        const entry = EN.get([...head, form].join(' '));
        if (entry) {
          hit = { seg: { ...entry, plural: form !== last }, n };
          break;
        }
      }
    }
    if (hit) {
      segs.push(hit.seg);
      i += hit.n;
    } else {
      unknown.push(words[i]!);
      i++;
    }
  }
  return { segs, unknown };
}

const PREPOSITIONS = new Set(['de', 'del', 'para', 'con', 'sin', 'a', 'en']);

function stripLastAccent(word: string): string {
  return word.replace(/([áéíóú])([^aeiouáéíóú]*)$/, (_, v: string, rest: string) => fold(v) + rest);
}

/** Spanish plural of one word ("camión" → camiones, "lápiz" → lápices, "paraguas" → paraguas). */
export function pluralEs(word: string): string {
  if (/[aeiouáéóú]$/i.test(word)) return `${word}s`;
  if (/[íú]$/i.test(word)) return `${word}s`;
  if (/z$/i.test(word)) return `${word.slice(0, -1)}ces`;
  if (/s$|x$/i.test(word)) return /[áéíóú][^aeiouáéíóú]*$/.test(word) ? `${stripLastAccent(word)}es` : word;
  if (/[nlrdjy]$/i.test(word)) return `${/[áéíóú]n$/.test(word) ? stripLastAccent(word) : word}es`;
  return `${word}s`;
}

/** Plural of a Spanish phrase: the words before its first preposition ("saco de dormir" → sacos de dormir). */
/** Nouns that name a kind after another noun and stay singular ("niveles láser", "sofás cama"). */
const APPOSITION = new Set([
  'laser',
  'torpedo',
  'cama',
  'bomba',
  'tipo',
  'clave',
  'piloto',
  'limite',
  'estrella',
]);

function pluralPhrase(phrase: string): string {
  const words = phrase.split(' ');
  let inHead = true;
  return words
    .map((w, i) => {
      if (PREPOSITIONS.has(w)) inHead = false;
      return inHead && !(i > 0 && APPOSITION.has(fold(w))) ? pluralEs(w) : w;
    })
    .join(' ');
}

function feminine(phrase: string): boolean {
  const head = phrase.split(' ')[0]!;
  return /a$|ión$|dad$|tud$|umbre$/.test(head) && !/ma$/.test(head);
}

function agree(adjective: string, fem: boolean, plural: boolean): string {
  if (adjective.includes(' ')) return adjective; // "de madera" does not agree
  const form = fem && /o$/.test(adjective) ? `${adjective.slice(0, -1)}a` : adjective;
  return plural ? pluralEs(form) : form;
}

/** Spanish of one run of segments, built right to left: the last noun heads it. */
function compose(segs: Segment[]): string | null {
  let h = segs.length - 1;
  while (h >= 0 && segs[h]!.adjective) h--;
  if (h < 0) return null;
  const head = segs[h]!;
  const plural = head.plural;
  let out = plural ? pluralPhrase(head.es) : head.es;
  const fem = feminine(head.es);
  let i = h - 1;
  const adjectives: string[] = [];
  while (i >= 0 && segs[i]!.adjective) adjectives.unshift(agree(segs[i--]!.es, fem, plural));
  // Trailing adjectives ("Pens, Black"?) are rare; they agree too.
  for (const s of segs.slice(h + 1)) adjectives.push(agree(s.es, fem, plural));
  if (adjectives.length > 0) out = `${out} ${adjectives.join(' ')}`;
  if (i >= 0) {
    const complement = compose(segs.slice(0, i + 1));
    if (!complement) return null;
    out = `${out} de ${complement}`;
  }
  return out;
}

export interface SpanishName {
  /** The whole name in Spanish, or null when a word is not in the vocabulary. */
  name: string | null;
  /** Spanish words for the parts the vocabulary knows (search synonyms when `name` is null). */
  known: string[];
}

/** Spanish for an English category or option name ("Watering Cans" → "Regaderas"). */
export function spanishName(english: string): SpanishName {
  const parts = english
    .split(/\s*(?:&|\+|\/|,|\band\b)\s*/i)
    .map((p) => englishWords(p).filter((w) => !/^\d+$/.test(w)))
    .filter((w) => w.length > 0);
  const translated: string[] = [];
  const known: string[] = [];
  let complete = parts.length > 0;
  for (const words of parts) {
    const { segs, unknown } = segments(words);
    for (const s of segs) known.push(s.plural ? pluralPhrase(s.es) : s.es);
    const es = unknown.length === 0 ? compose(segs) : null;
    if (es === null) complete = false;
    else translated.push(es);
  }
  const joined = translated.join(' y ');
  return {
    name: complete && joined ? joined.charAt(0).toUpperCase() + joined.slice(1) : null,
    known: [...new Set(known)],
  };
}

/** How many English entries the vocabulary has (documentation and a coverage test). */
export function vocabularySize(): number {
  return EN.size;
}

/** Singular of a folded Spanish word ("bastones" → "baston", "tiendas" → "tienda"). */
function singularEs(w: string): string {
  if (w.length > 4 && /[lnrdzj]es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Every reading of a Spanish plural: "cables" → cable, "altavoces" → altavoz, "bastones" → baston. */
function singularsEs(w: string): string[] {
  const out = [singularEs(w)];
  if (w.length > 3 && w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.length > 4 && w.endsWith('ces')) out.push(`${w.slice(0, -3)}z`);
  return out;
}

/** English plural of a word or phrase's last word ("knife" → knives, "battery" → batteries). */
function pluralEn(phrase: string): string {
  if (/fe?$/.test(phrase) && !/(ff|ief|oof)$/.test(phrase)) return phrase.replace(/fe?$/, 'ves');
  if (/(s|x|sh|ch)$/.test(phrase)) return phrase === 'glass' ? 'glasses' : phrase;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

/** A Spanish word for an English catalog word from a bilingual dictionary (catalog-spanish.ts). */
export interface CatalogSpanishWord {
  /** The folded Spanish words ("hervidor"). */
  es: string[];
  /** The catalog's English words it stands for. */
  en: string[];
  adjective: boolean;
}

export interface Translation {
  /** Index of the first token replaced and how many. */
  start: number;
  length: number;
  english: string;
  /** The Spanish is an adjective ("orgánico"): English puts it before its noun. */
  adjective: boolean;
}

/** Words that end like a diminutive and are none ("bonito" is pretty, not a small "bono"). */
const NOT_DIMINUTIVE = new Set(
  'bonito bonita bonitos bonitas favorito favorita favoritos favoritas gratuito gratuita gratuitos gratuitas mosquito mosquitos requisito requisitos circuito circuitos exquisito exquisita infinito infinita maldito maldita apetito cita citas visita visitas'.split(
    ' ',
  ),
);

/**
 * The words a Spanish diminutive is made from ("gorrita" → gorra, "cinturoncito" → cinturon,
 * "calcetincitos" → calcetines, "chalequito" → chaleco): shoppers use them for the thing itself.
 */
export function diminutiveBases(word: string): string[] {
  if (NOT_DIMINUTIVE.has(word)) return [];
  const m = /^(.{3,}?)(c)?(it|ill)([oa])(s?)$/.exec(word);
  if (!m) return [];
  const [, stemPart, c, , ending, plural] = m as unknown as [
    string,
    string,
    string | undefined,
    string,
    string,
    string,
  ];
  const base = stemPart.replace(/qu$/, 'c').replace(/gu$/, 'g');
  // "gorrita" → gorra, "cafecito"/"pancito" → cafe/pan, "relojito" → reloj.
  const out = [`${base}${ending}${plural}`, `${base}e${plural}`, plural ? `${base}es` : base];
  if (c) out.unshift(`${stemPart}${plural ? 'es' : ''}`, stemPart);
  return out;
}

/** A folded word as said, its singulars, and the same of the word its diminutive is made from. */
function formsOf(word: string): string[] {
  return [...singularsEs(word), ...diminutiveBases(word).flatMap((b) => [b, ...singularsEs(b)])];
}

/**
 * Spanish retail phrases in the (folded) tokens and their English, longest first, without
 * overlaps. `wanted(english, spanish, start)` decides whether a translation is useful (say, the
 * catalog knows the English, not the Spanish); of several English forms the first wanted is used.
 */
export function spanishPhrases(
  tokens: string[],
  wanted: (english: string, spanish: string, start: number) => boolean,
  catalogWords: readonly CatalogSpanishWord[] = [],
): Translation[] {
  const out: Translation[] = [];
  const used = new Set<number>();
  // The table's phrases first: they are written for shoppers; the catalog's dictionary words fill gaps.
  for (const e of catalogWords.length ? [...UNDERSTOOD, ...catalogWords] : UNDERSTOOD) {
    const n = e.es.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = fold(tokens[i + k]!);
        ok = !used.has(i + k) && (t === e.es[k] || formsOf(t).includes(e.es[k]!));
      }
      if (!ok) continue;
      const said = tokens.slice(i, i + n).join(' ');
      const isPlural = fold(tokens[i]!) !== e.es[0] && singularsEs(fold(tokens[i]!)).includes(e.es[0]!);
      // The plural when the catalog knows it ("tents"), else the singular ("knife" for "cuchillos").
      let english: string | undefined;
      for (const en of e.en) {
        // English adjectives have no plural ("impermeables" → waterproof).
        english = isPlural && !e.adjective && wanted(pluralEn(en), said, i) ? pluralEn(en) : en;
        if (wanted(english, said, i)) break;
        english = undefined;
      }
      if (!english) continue;
      out.push({ start: i, length: n, english, adjective: e.adjective });
      for (let k = 0; k < n; k++) used.add(i + k);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every English form of a Spanish retail word or phrase, in table order ("rayado" → lined, ruled). */
export function englishForms(spanish: string): string[] {
  const words = fold(spanish).trim().split(/\s+/);
  const head = words.slice(0, -1);
  for (const s of [words.at(-1)!, ...singularsEs(words.at(-1)!)]) {
    const hit = ES_TO_EN.get([...head, s].join(' '));
    if (hit) return hit;
  }
  return [];
}

/**
 * The English of a Spanish retail word or phrase, singular or plural ("impermeable" →
 * "waterproof", "regaderas" → "watering can", "longitud" → "length").
 */
export function englishOf(spanish: string): string | undefined {
  const words = fold(spanish).trim().split(/\s+/);
  const key = words.join(' ');
  const direct = ES_TO_EN.get(key);
  if (direct) return direct[0];
  const last = words.at(-1)!;
  const head = words.slice(0, -1);
  const first = words[0]!;
  for (const s of singularsEs(last)) {
    const hit = ES_TO_EN.get([...head, s].join(' '));
    if (hit) return hit[0];
  }
  // A plural phrase puts its first word in the plural ("sacos de dormir").
  for (const s of singularsEs(first)) {
    const hit = ES_TO_EN.get([s, ...words.slice(1)].join(' '));
    if (hit) return hit[0];
  }
  return undefined;
}
